using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class MediationSpecs
{
    private readonly DeciderSpec spec = new();

    [Fact]
    public void Given_a_single_offer_policy_When_the_buyer_rejects_the_offer_Then_the_case_goes_to_mediation_with_a_calendar_sla()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply, DisputePolicy.SingleOffer);
        var at = Instant.FromUtc(2026, 11, 25, 10, 0); // 13:00 in Moscow: 12 working hours left that day
        var state = new DeciderSpec { Policy = DisputePolicy.SingleOffer }.Given(story.History).When(RejectOffer(), at).ThenState();

        state.Status.Should().Be(DisputeStatus.AwaitingMediator);
        state.PendingOffer.Should().BeNull();
        // 126 working hours of 18-hour days: the rest of today, six whole days, and six hours into the seventh.
        state.Deadlines[DeadlineKind.MediatorDecisionSla].DueAt.Should().Be(Instant.FromUtc(2026, 12, 2, 10, 0));
        state.Deadlines.Keys.Should().BeEquivalentTo([DeadlineKind.MediatorDecisionSla]);
    }

    [Fact]
    public void Given_a_case_under_mediation_When_the_mediator_asks_the_seller_Then_the_seller_has_three_days()
    {
        var story = Story.In(DisputeStatus.UnderMediation);
        var state = spec.Given(story.History).When(RequestEvidence(), story.Now).ThenState();
        state.Status.Should().Be(DisputeStatus.AwaitingEvidence);
        state.Deadlines[DeadlineKind.EvidenceResponse].DueAt.Should().Be(story.Now + Duration.FromDays(3));
        state.Deadlines.Should().ContainKey(DeadlineKind.MediatorDecisionSla, "the SLA keeps running while evidence is awaited");
    }

    [Fact]
    public void Given_an_evidence_request_When_the_asked_party_answers_Then_mediation_resumes_and_the_clock_stops()
    {
        var story = Story.In(DisputeStatus.AwaitingEvidence);
        var events = spec.Given(story.History).When(AddEvidence(Seller, 9), story.Now).ThenAccepted();
        events.Should().ContainSingle(e => e is EvidenceRequestAnswered);
        events.OfType<DeadlineCancelled>().Should().ContainSingle().Which.Kind.Should().Be(DeadlineKind.EvidenceResponse);
        spec.ThenState().Status.Should().Be(DisputeStatus.UnderMediation);
    }

    [Fact]
    public void Given_an_evidence_request_When_the_mediator_tries_to_decide_Then_they_must_wait_for_the_answer_or_the_deadline()
    {
        var story = Story.In(DisputeStatus.AwaitingEvidence);
        spec.Given(story.History).When(Decide(), story.Now).ThenRefused(RefusalKind.NotAllowedInState);

        story.Expire(DeadlineKind.EvidenceResponse);
        story.State!.Status.Should().Be(DisputeStatus.UnderMediation);
        story.History.Should().ContainSingle(e => e is EvidenceRequestLapsed);
        new DeciderSpec().Given(story.History).When(Decide(), story.Now).ThenAccepted().Should().NotBeEmpty();
    }

    [Fact]
    public void Given_an_evidence_request_When_the_party_answers_after_the_deadline_Then_too_late()
    {
        var story = Story.In(DisputeStatus.AwaitingEvidence);
        spec.Given(story.History).When(AddEvidence(Seller, 9), story.Due(DeadlineKind.EvidenceResponse)).ThenRefused(RefusalKind.DeadlinePassed);
    }

    [Fact]
    public void Given_a_case_under_mediation_When_the_mediator_decides_a_partial_refund_Then_the_amount_is_required_and_bounded()
    {
        var story = Story.In(DisputeStatus.UnderMediation);
        spec.Given(story.History);
        spec.When(Decide(DecisionKind.PartialRefund), story.Now).ThenRefused(RefusalKind.InvalidInput);
        spec.When(Decide(DecisionKind.PartialRefund, Paid), story.Now).ThenRefused(RefusalKind.RuleViolated);
        spec.When(Decide(DecisionKind.FullRefund, Eur(5)), story.Now).ThenRefused(RefusalKind.InvalidInput);
        spec.When(Decide() with { Rationale = " " }, story.Now).ThenRefused(RefusalKind.InvalidInput);
        spec.When(Decide(DecisionKind.PartialRefund, Eur(2_500)), story.Now).ThenState().Decision!.RefundAmount.Should().Be(Eur(2_500));
    }

    [Fact]
    public void Given_a_decision_When_nobody_appeals_within_seven_days_Then_it_becomes_final_and_is_carried_out()
    {
        var story = Story.In(DisputeStatus.Decided);
        story.State!.Deadlines[DeadlineKind.AppealWindow].DueAt.Should().Be(story.Now + Duration.FromDays(7));

        story.Expire(DeadlineKind.AppealWindow);

        story.History.Should().ContainSingle(e => e is DecisionFinalized);
        story.State!.Status.Should().Be(DisputeStatus.RefundPending);
        story.State.Refund!.Amount.Should().Be(Paid);
    }

    [Fact]
    public void Given_a_decision_When_the_seller_appeals_Then_another_mediator_must_take_it_and_their_decision_is_final()
    {
        var story = Story.In(DisputeStatus.Decided).Do(Appeal());
        story.State!.Status.Should().Be(DisputeStatus.AwaitingMediator);
        story.State.ExcludedMediators.Should().Equal(Mediator.Id);

        new DeciderSpec().Given(story.History).When(Claim(Mediator), story.Now).ThenRefused(RefusalKind.WrongActor);
        new DeciderSpec().Given(story.History).When(Assign(Mediator.Id), story.Now).ThenRefused(RefusalKind.RuleViolated, "appeal-needs-another-mediator");

        story.Do(Claim(OtherMediator)).Do(Decide(DecisionKind.ClaimRejected, by: OtherMediator));
        story.State!.Status.Should().Be(DisputeStatus.Closed);
        story.State.Outcome.Should().Be(DisputeOutcome.SellerFavoured);
        story.History.OfType<MediatorDecisionRecorded>().Last().Final.Should().BeTrue();
    }

    [Fact]
    public void Given_an_appealed_decision_When_the_second_decision_is_a_return_Then_the_return_starts_at_once()
    {
        var story = Story.In(DisputeStatus.Decided).Do(Appeal(Buyer)).Do(Claim(OtherMediator))
            .Do(Decide(DecisionKind.ReturnAndRefund, Eur(8_000), OtherMediator));
        story.State!.Status.Should().Be(DisputeStatus.AwaitingReturnShipment);
        story.State.Return!.RefundAmount.Should().Be(Eur(8_000));
    }

    [Fact]
    public void Given_a_decision_When_the_appeal_window_has_passed_Then_appealing_is_too_late()
    {
        var story = Story.In(DisputeStatus.Decided);
        spec.Given(story.History).When(Appeal(), story.Due(DeadlineKind.AppealWindow)).ThenRefused(RefusalKind.DeadlinePassed);
    }

    [Fact]
    public void Given_a_claimed_case_When_the_mediator_releases_it_Then_any_mediator_may_claim_it_again()
    {
        var story = Story.In(DisputeStatus.UnderMediation).Do(Release());
        story.State!.MediatorId.Should().BeNull();
        AllowedActions.For(story.State, story.Now, story.Policy).Mediator.Select(o => o.Action).Should().Contain(DisputeAction.ClaimCase);
        story.Do(Claim(OtherMediator)).State!.MediatorId.Should().Be(OtherMediator.Id);
    }

    [Fact]
    public void Given_a_mediation_When_the_sla_passes_Then_the_case_is_flagged_overdue_and_stays_in_mediation()
    {
        var story = Story.In(DisputeStatus.UnderMediation).Expire(DeadlineKind.MediatorDecisionSla);
        story.State!.MediationOverdue.Should().BeTrue();
        story.State.Status.Should().Be(DisputeStatus.UnderMediation);
        story.State.Deadlines.Should().NotContainKey(DeadlineKind.MediatorDecisionSla);
    }
}
