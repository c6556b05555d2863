using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// Given(a stored history) / When(replayed under today's rules) / Then(clean | the first finding, where and why).
// The drifted histories are ones the engine produced, with one event changed or added behind the decider's back.
public class HistoryReplaySpecs
{
    private static ReplayResult Replay(IEnumerable<IDisputeEvent> history) => HistoryReplay.Check([.. history], DisputeJson.Options);

    private static ReplayFinding DriftAt(IEnumerable<IDisputeEvent> history, long version, DriftKind kind, string rule)
    {
        var finding = Replay(history).Finding;
        finding.Should().NotBeNull();
        finding!.Should().Match<ReplayFinding>(f => f.Version == version && f.Kind == kind && f.Rule == rule, finding.Message);
        return finding;
    }

    [Fact]
    public void Given_a_history_the_engine_produced_When_replayed_Then_it_is_clean_and_reads_back_its_commands()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply).Wait(Duration.FromHours(2)).Do(AcceptOffer())
            .Wait(Duration.FromHours(1)).Do(RefundSucceeded());

        var result = Replay(story.History);

        result.IsClean.Should().BeTrue(result.Finding?.Message);
        result.Replayed.Select(c => c.GetType()).Should().Equal(typeof(OpenDispute), typeof(MakeOffer), typeof(AcceptOffer), typeof(ReportRefundSucceeded));
    }

    [Fact]
    public void Given_a_rejection_with_evidence_and_a_release_during_an_evidence_request_When_replayed_Then_both_read_back_whole()
    {
        var story = new Story().Do(Open()).Wait(Duration.FromHours(1))
            .Do(Reject() with { Evidence = [Evidence(1), Evidence(2)] }).Wait(Duration.FromHours(1))
            .Do(Escalate(Buyer)).Wait(Duration.FromHours(1)).Do(Claim()).Wait(Duration.FromHours(1))
            .Do(RequestEvidence()).Wait(Duration.FromHours(1)).Do(Release());

        var result = Replay(story.History);

        result.IsClean.Should().BeTrue(result.Finding?.Message);
        result.Replayed.OfType<RejectClaim>().Single().Evidence.Should().Equal(Evidence(1), Evidence(2));
        result.Replayed.Last().Should().Be(Release());
    }

    [Fact]
    public void Given_a_dispute_opened_under_another_policy_When_replayed_Then_that_policy_decides_the_consequences()
    {
        var escalating = DisputePolicy.Default with { Version = "escalating", OnSellerSilence = SellerSilenceConsequence.Escalate };
        var story = Story.In(DisputeStatus.AwaitingSellerResponse, escalating).Expire(DeadlineKind.SellerResponse);

        Replay(story.History).IsClean.Should().BeTrue();
    }

    [Fact]
    public void Given_an_offer_stored_after_closing_When_replayed_Then_refused_at_exactly_that_version()
    {
        var story = Story.In(DisputeStatus.Closed).Wait(Duration.FromHours(1));
        SellerOfferMade offer = new(DisputeId, OfferKind.PartialRefund, Eur(3_000), "Still interested?", Seller, story.Now);

        var finding = DriftAt([.. story.History, offer], story.History.Count + 1, DriftKind.Refused, "action-not-allowed-in-state");

        finding.EventType.Should().Be(nameof(SellerOfferMade));
        finding.Command.Should().Be(new MakeOffer(DisputeId, OfferKind.PartialRefund, Eur(3_000), "Still interested?", Seller));
        finding.Stored.Should().Equal(nameof(SellerOfferMade));
        finding.Expected.Should().BeEmpty();
    }

    [Fact]
    public void Given_the_seller_stored_as_accepting_their_own_offer_When_replayed_Then_refused_as_the_wrong_actor()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply).Wait(Duration.FromHours(1));
        var offer = story.State!.PendingOffer!;
        IDisputeEvent[] accepted =
        [
            new BuyerAcceptedOffer(DisputeId, offer.Kind, offer.RefundAmount, Seller, story.Now),
            new RefundRequested(DisputeId, 1, offer.RefundAmount, Seller, story.Now),
        ];

        var finding = DriftAt([.. story.History, .. accepted], story.History.Count + 1, DriftKind.Refused, "actor-not-permitted");

        finding.Command.Should().Be(new AcceptOffer(DisputeId, Seller));
    }

    [Fact]
    public void Given_a_deadline_stored_as_expired_before_its_due_instant_When_replayed_Then_refused_as_not_due()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        var due = story.Due(DeadlineKind.SellerResponse);
        var early = due - Duration.FromHours(1);
        IDisputeEvent[] expiry =
        [
            new DeadlineExpired(DisputeId, DeadlineKind.SellerResponse, due, Engine, early),
            new RefundRequested(DisputeId, 1, Paid, Engine, early),
        ];

        var finding = DriftAt([.. story.History, .. expiry], story.History.Count + 1, DriftKind.Refused, "deadline-not-due");

        finding.Command.Should().Be(Expire(DeadlineKind.SellerResponse, due));
    }

    [Fact]
    public void Given_a_deadline_stored_with_another_due_instant_When_replayed_Then_a_consequence_mismatch_at_that_event()
    {
        var history = Story.In(DisputeStatus.AwaitingSellerResponse).History.ToList();
        var index = history.FindIndex(e => e is DeadlineScheduled { Kind: DeadlineKind.SellerResponse });
        var scheduled = (DeadlineScheduled)history[index];
        history[index] = scheduled with { DueAt = scheduled.DueAt + Duration.FromDays(1) };

        var finding = DriftAt(history, index + 1, DriftKind.ConsequenceMismatch, ReplayFinding.ConsequenceMismatchRule);

        finding.CommandVersion.Should().Be(1);
        finding.Command.Should().BeOfType<OpenDispute>();
        finding.EventType.Should().Be(nameof(DeadlineScheduled));
        finding.Expected.Should().Equal(nameof(DisputeOpened), nameof(DeadlineScheduled), nameof(DeadlineScheduled));
        finding.Stored.Should().Equal(finding.Expected);
        finding.Message.Should().Contain(scheduled.DueAt.ToString()).And.Contain((scheduled.DueAt + Duration.FromDays(1)).ToString());
    }

    [Fact]
    public void Given_a_rejected_offer_stored_without_its_escalation_When_replayed_Then_a_consequence_mismatch_where_it_is_missing()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply, DisputePolicy.SingleOffer).Wait(Duration.FromHours(1));
        BuyerRejectedOffer rejected = new(DisputeId, "Too little.", Buyer, story.Now);

        var finding = DriftAt([.. story.History, rejected], story.History.Count + 2, DriftKind.ConsequenceMismatch, ReplayFinding.ConsequenceMismatchRule);

        finding.CommandVersion.Should().Be(story.History.Count + 1);
        finding.Expected.Should().StartWith([nameof(BuyerRejectedOffer), nameof(DisputeEscalated)]);
        finding.Stored.Should().Equal(nameof(BuyerRejectedOffer));
    }

    [Fact]
    public void Given_an_expiry_stored_for_a_clock_that_was_cancelled_When_replayed_Then_today_s_rules_decide_nothing_there()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        var due = story.History.OfType<DeadlineScheduled>().First(d => d.Kind == DeadlineKind.SellerResponse).DueAt;
        story.Wait(Duration.FromDays(6));
        DeadlineExpired stale = new(DisputeId, DeadlineKind.SellerResponse, due, Engine, story.Now);

        var finding = DriftAt([.. story.History, stale], story.History.Count + 1, DriftKind.ConsequenceMismatch, ReplayFinding.ConsequenceMismatchRule);

        finding.Expected.Should().BeEmpty();
        finding.Stored.Should().Equal(nameof(DeadlineExpired));
    }

    [Fact]
    public void Given_a_closing_stored_on_its_own_When_replayed_Then_no_command_starts_with_it()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Wait(Duration.FromHours(1));
        DisputeClosed closed = new(DisputeId, DisputeOutcome.SellerFavoured, Eur(0), Seller, story.Now);

        var finding = DriftAt([.. story.History, closed], story.History.Count + 1, DriftKind.NoCommand, ReplayFinding.NoCommandRule);

        finding.Command.Should().BeNull();
        finding.EventType.Should().Be(nameof(DisputeClosed));
    }

    [Fact]
    public void Given_a_stream_that_does_not_open_with_DisputeOpened_When_replayed_Then_refused_at_version_1()
    {
        SellerOfferMade offer = new(DisputeId, OfferKind.PartialRefund, Eur(3_000), "Hello?", Seller, Start);

        DriftAt([offer], 1, DriftKind.Refused, "dispute-not-found");
    }

    [Fact]
    public void Given_a_drift_early_in_a_stream_When_replayed_Then_only_the_first_finding_is_reported_and_replay_stops_there()
    {
        var story = Story.In(DisputeStatus.Closed).Wait(Duration.FromHours(1));
        SellerOfferMade offer = new(DisputeId, OfferKind.PartialRefund, Eur(3_000), "Still interested?", Seller, story.Now);
        BuyerAcceptedOffer accepted = new(DisputeId, OfferKind.PartialRefund, Eur(3_000), Seller, story.Now);

        var result = Replay([.. story.History, offer, accepted]);

        result.Finding!.Version.Should().Be(story.History.Count + 1);
        result.Replayed.Should().HaveCount(2);
    }
}
