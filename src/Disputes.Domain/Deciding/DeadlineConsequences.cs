using NodaTime;

namespace Disputes.Domain;

// What silence costs: a clock running out, as the scheduler reports it. Which events it appends is the clock's own
// entry in DeadlineRules; here is what every expiry must pass first.
internal static class DeadlineConsequences
{
    public static Decision Decide(ExpireDeadline c, Dispute d, Instant now, DisputePolicy policy)
    {
        // Cancelled, replaced or already fired: the scheduler's copy is stale, and that is not an error.
        if (!d.Deadlines.TryGetValue(c.Kind, out var deadline) || deadline.DueAt != c.DueAt)
            return Decision.Nothing;
        if (now < deadline.DueAt)
            return Decision.Refuse(Refusal.Violated("deadline-not-due", $"The {c.Kind} deadline falls due at {deadline.DueAt}, not yet."));

        var permission = DisputeMachine.For(d, now, policy).Check(c.Action, c.By);
        if (!permission.Allowed)
            return Decision.Refuse(new Refusal(permission.Kind, "actor-not-permitted", permission.Reason, []));

        IDisputeEvent[] expired = [new DeadlineExpired(d.Id, c.Kind, c.DueAt, c.By, now), .. DeadlineRules.Of(c.Kind).Expire(d, c, now, policy)];
        return Decision.Accept(DisputeDecider.WithDeadlines(d, expired, now, policy));
    }
}
