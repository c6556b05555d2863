using System.Net;

namespace Disputes.IntegrationTests.Reads;

// The queue is global, so each test here keeps to its own reason or mediator.
public sealed class MediatorQueueOrdering(ApiFixture<MediatorQueueOrdering> api) : IClassFixture<ApiFixture<MediatorQueueOrdering>>
{
    private readonly HttpClient client = api.CreateClient();
    private readonly HttpClient mediator = api.ClientAs("mediator-me", "mediator");

    private static Guid Id(int n) => Guid.Parse($"0199e000-0000-7000-8000-{n:D12}");

    [Fact]
    public async Task Given_escalated_cases_When_queued_Then_unassigned_come_first_then_by_sla_due_and_pages_walk_them_once()
    {
        const string reason = "Counterfeit";
        var early = await api.Open(client, Id(1), new("order-q1", "buyer-q", "seller-q", reason));
        var late = await api.Open(client, Id(2), new("order-q2", "buyer-q", "seller-q", reason));
        var claimed = await api.Open(client, Id(3), new("order-q3", "buyer-q", "seller-q", reason));
        var notEscalated = await api.Open(client, Id(4), new("order-q4", "buyer-q", "seller-q", reason));
        // Escalated in an order different from opening, so the SLA (not openedAt or id) must drive the queue.
        await api.Escalate(claimed, "seller-q");
        api.Clock.AdvanceHours(1);
        await api.Escalate(early, "seller-q");
        api.Clock.AdvanceHours(1);
        await api.Escalate(late, "seller-q");
        await api.Claim(claimed, "mediator-q");

        var queue = await mediator.GetJson($"/mediation/queue?reason={reason}");

        queue.Ids().Should().Equal(early, late, claimed).And.NotContain(notEscalated);
        var first = queue["items"]![0]!;
        first["mediatorId"].Should().BeNull();
        first["status"]!.GetValue<string>().Should().Be("AwaitingMediator");
        first["overdue"]!.GetValue<bool>().Should().BeFalse();
        first["evidenceAwaited"]!.GetValue<bool>().Should().BeFalse();
        first["slaDueAt"].Should().NotBeNull();
        queue["items"]![2]!["mediatorId"]!.GetValue<string>().Should().Be("mediator-q");

        var paged = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await mediator.GetJson($"/mediation/queue?reason={reason}&limit=1{(cursor is null ? "" : $"&cursor={cursor}")}");
            paged.AddRange(page.Ids());
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        paged.Should().Equal(early, late, claimed);
    }

    [Fact]
    public async Task Given_a_mediators_cases_When_asked_for_mine_Then_only_theirs_and_a_case_leaves_once_decided()
    {
        var mine = await api.Open(client, Id(10), new("order-q10", "buyer-m", "seller-m"));
        var awaiting = await api.Open(client, Id(11), new("order-q11", "buyer-m", "seller-m"));
        var decided = await api.Open(client, Id(12), new("order-q12", "buyer-m", "seller-m"));
        var theirs = await api.Open(client, Id(13), new("order-q13", "buyer-m", "seller-m"));
        foreach (var id in new[] { mine, awaiting, decided, theirs })
            await api.Escalate(id, "seller-m");
        await api.Claim(mine, "mediator-me");
        await api.Claim(awaiting, "mediator-me");
        await api.RequestEvidence(awaiting, "mediator-me");
        await api.Claim(decided, "mediator-me");
        await api.Claim(theirs, "mediator-other");

        await api.Decide(decided, "mediator-me");

        var queue = await mediator.GetJson("/mediation/queue?assignedToMe=true");
        queue.Ids().Should().BeEquivalentTo([mine, awaiting]);
        queue["items"]!.AsArray().Single(i => i!["id"]!.GetValue<Guid>() == awaiting)!["evidenceAwaited"]!.GetValue<bool>().Should().BeTrue();
        (await api.ClientAs("mediator-other", "mediator").GetJson("/mediation/queue?assignedToMe=true")).Ids().Should().Equal(theirs);
        (await mediator.GetJson("/mediation/queue")).Ids().Should().NotContain(decided);
    }

    [Theory]
    [InlineData("/mediation/queue?assignedToMe=maybe", "assignedToMe")]
    [InlineData("/mediation/queue?overdue=1", "overdue")]
    [InlineData("/mediation/queue?cursor=%%%", "cursor")]
    [InlineData("/mediation/queue?reason=Other&limit=-1", "limit")]
    public async Task Given_a_bad_query_When_queued_Then_400_names_the_field(string url, string field)
    {
        var response = await mediator.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json()).FieldErrors(field).Should().NotBeEmpty();
    }
}
