using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Deadlines;

public sealed class PolicyConsequencesFixture : IAsyncLifetime
{
    public DeadlineHost Host { get; } = new("deadline_consequences", new FakeClock(Instant.FromUtc(2026, 11, 20, 10, 0)));

    public Task InitializeAsync() => DeadlineHost.DropSchema(Host.Schema);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

// Each consequence of the policy table (docs/architecture.md §3): move the clock past the deadline, let the scheduler
// fire, read the dispute over HTTP. The clock only moves forward; every test starts from "now".
public sealed class PolicyConsequences(PolicyConsequencesFixture fixture) : IClassFixture<PolicyConsequencesFixture>
{
    private static readonly Duration Moment = Duration.FromSeconds(1);
    private readonly DeadlineHost host = fixture.Host;
    private readonly Lifecycle steps = new(fixture.Host);

    private static Guid Id(int n) => Guid.Parse($"0199d000-0000-7000-8000-{n:D12}");

    private async Task Pass(Duration duration)
    {
        host.Clock.Advance(duration);
        await host.Scheduler.DrainDueAsync();
    }

    [Fact]
    public async Task Given_a_silent_seller_When_the_response_deadline_passes_Then_the_buyer_is_refunded_in_full()
    {
        var id = await steps.Open(Id(1));

        await Pass(Duration.FromDays(5) - Moment);
        Lifecycle.Status(await steps.Get(id)).Should().Be("AwaitingSellerResponse", "the deadline is not due yet");
        await Pass(Moment);

        var view = await steps.Get(id);
        Lifecycle.Status(view).Should().Be("RefundPending");
        Lifecycle.Deadlines(view).Should().BeEmpty();
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var expired = events.Where(e => e.Data is DeadlineExpired).Should().ContainSingle().Subject;
        expired.CorrelationId.Should().Be(ExpireDeadlineRequest.CorrelationFor(id, DeadlineKind.SellerResponse,
            ((DeadlineExpired)expired.Data).DueAt));
        ((DeadlineExpired)expired.Data).By.Should().Be(Actor.System);
        events.Select(e => e.Data).OfType<RefundRequested>().Should().ContainSingle();
    }

    [Fact]
    public async Task Given_an_offer_the_buyer_ignores_When_the_reply_deadline_passes_Then_the_dispute_closes_without_refund()
    {
        var id = await steps.Open(Id(2));
        await steps.OfferPartialRefund(id);

        await Pass(Duration.FromDays(10) + Moment);

        var view = await steps.Get(id);
        Lifecycle.Status(view).Should().Be("Closed");
        view["outcome"]!.GetValue<string>().Should().Be("Expired");
        view["refunded"]!["amount"]!.GetValue<long>().Should().Be(0);
    }

    [Fact]
    public async Task Given_no_resolution_When_the_negotiation_limit_passes_Then_the_dispute_is_escalated()
    {
        var id = await steps.Open(Id(3));
        await steps.RejectClaim(id);

        await Pass(Duration.FromDays(15) + Moment);

        var view = await steps.Get(id);
        Lifecycle.Status(view).Should().Be("AwaitingMediator");
        Lifecycle.Deadlines(view).Should().Equal("MediatorDecisionSla");
    }

    [Fact]
    public async Task Given_an_agreed_return_When_the_buyer_misses_the_shipping_deadline_Then_it_closes_for_the_seller()
    {
        var id = await steps.Open(Id(4), Remedy.ReturnAndRefund);
        await steps.OfferReturn(id);
        await steps.AcceptOffer(id);

        await Pass(Duration.FromDays(10) + Moment);

        var view = await steps.Get(id);
        Lifecycle.Status(view).Should().Be("Closed");
        view["outcome"]!.GetValue<string>().Should().Be("Expired");
        view["refunded"]!["amount"]!.GetValue<long>().Should().Be(0);
    }

    [Fact]
    public async Task Given_a_delivered_return_When_the_seller_stays_silent_Then_the_buyer_is_refunded()
    {
        var id = await steps.Open(Id(5), Remedy.ReturnAndRefund);
        await steps.OfferReturn(id);
        await steps.AcceptOffer(id);
        await steps.ShipReturn(id);
        await steps.MarkReturnDelivered(id);

        await Pass(Duration.FromDays(5) + Moment);

        Lifecycle.Status(await steps.Get(id)).Should().Be("RefundPending");
    }

    [Fact]
    public async Task Given_an_evidence_request_When_it_goes_unanswered_Then_the_mediator_may_decide_without_it()
    {
        var id = await steps.Open(Id(6));
        await steps.EscalateAndAssign(id);
        await steps.RequestEvidenceFromSeller(id);
        Lifecycle.MediatorActions(await steps.Get(id)).Should().NotContain("RecordDecision");

        await Pass(Duration.FromDays(3) + Moment);

        var view = await steps.Get(id);
        Lifecycle.Status(view).Should().Be("UnderMediation");
        Lifecycle.MediatorActions(view).Should().Contain("RecordDecision");
    }

    [Fact]
    public async Task Given_a_decision_When_the_appeal_window_passes_Then_it_is_final_and_carried_out()
    {
        var id = await steps.Open(Id(7));
        await steps.EscalateAndAssign(id);
        await steps.DecideFullRefund(id);

        await Pass(Duration.FromDays(7) + Moment);

        var view = await steps.Get(id);
        Lifecycle.Status(view).Should().Be("RefundPending");
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<DecisionFinalized>().Should().ContainSingle();
    }

    [Fact]
    public async Task Given_a_case_in_mediation_When_the_calendar_sla_passes_Then_it_is_flagged_overdue_once()
    {
        var id = await steps.Open(Id(8));
        var escalatedAt = host.Clock.GetCurrentInstant();
        await steps.EscalateAndAssign(id);
        var policy = DisputePolicy.Default;
        var due = policy.Calendar.AddWorkingTime(escalatedAt, policy.MediatorDecisionSla);
        var sla = (await steps.Get(id))["deadlines"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == "MediatorDecisionSla")!;
        sla["dueAt"]!.GetValue<string>().Should().Be(NodaTime.Text.InstantPattern.General.Format(due));
        // Working time, not elapsed time: the calendar's nightly gaps push the due instant out.
        (due - escalatedAt).Should().BeGreaterThan(policy.MediatorDecisionSla);

        host.Clock.Advance(due - host.Clock.GetCurrentInstant() - Moment);
        await host.Scheduler.DrainDueAsync();
        Lifecycle.Deadlines(await steps.Get(id)).Should().Contain("MediatorDecisionSla");
        await Pass(Moment);
        await Pass(Duration.FromDays(1));

        var view = await steps.Get(id);
        Lifecycle.Status(view).Should().Be("UnderMediation");
        Lifecycle.Deadlines(view).Should().NotContain("MediatorDecisionSla");
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<MediationSlaBreached>().Should().ContainSingle();
    }
}
