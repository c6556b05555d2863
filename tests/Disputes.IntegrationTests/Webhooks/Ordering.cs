namespace Disputes.IntegrationTests.Webhooks;

public static class Ordering
{
    // In order per dispute: in arrival order, a dispute's versions never go down (a retry repeats a version, it
    // never goes back to one), and what was accepted is exactly what the dispute's events owe, each once.
    public static void ShouldBeInOrderAndComplete(this Receiver receiver, IEnumerable<(Guid DisputeId, long Version, string Type)> owed)
    {
        foreach (var dispute in owed.GroupBy(e => e.DisputeId))
        {
            var arrived = receiver.Requests.Where(r => r.DisputeId == dispute.Key).Select(r => r.Version).ToList();
            arrived.Should().BeInAscendingOrder($"dispute {dispute.Key}'s notifications arrive in order (arrived: {string.Join(", ", arrived)})");
            receiver.Deliveries.Where(r => r.DisputeId == dispute.Key).Select(r => r.Version)
                .Should().Equal(dispute.Select(e => e.Version).Order(), "each notification is accepted once, in version order");
        }
    }

    public static bool HasAll(this Receiver receiver, IEnumerable<(Guid DisputeId, long Version, string Type)> owed)
    {
        var accepted = receiver.Deliveries.Select(r => (r.DisputeId, r.Version)).ToHashSet();
        return owed.All(e => accepted.Contains((e.DisputeId, e.Version)));
    }
}
