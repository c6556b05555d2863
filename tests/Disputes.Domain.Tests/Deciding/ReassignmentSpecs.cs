using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class ReassignmentSpecs
{
    private readonly DeciderSpec spec = new();

    [Fact]
    public void Given_a_case_under_mediation_When_an_admin_reassigns_it_Then_it_changes_hands_and_stays_under_mediation()
    {
        var story = Story.In(DisputeStatus.UnderMediation);
        spec.Given(story.History).When(Reassign("mediator-2"), story.Now)
            .Then(new CaseReassigned(DisputeId, "mediator-1", "mediator-2", "Mediator on leave.", Platform, story.Now));
        var state = spec.ThenState();
        state.Status.Should().Be(DisputeStatus.UnderMediation);
        state.MediatorId.Should().Be("mediator-2");
        state.Deadlines.Should().ContainKey(DeadlineKind.MediatorDecisionSla, "the decision SLA keeps running for the new mediator");
    }

    [Fact]
    public void Given_a_reassigned_case_When_the_old_and_the_new_mediator_decide_Then_only_the_new_one_may()
    {
        var story = Story.In(DisputeStatus.UnderMediation).Do(Reassign("mediator-2"));
        spec.Given(story.History);
        spec.When(Decide() with { By = Mediator }, story.Now).ThenRefused(RefusalKind.WrongActor);
        spec.When(Decide() with { By = OtherMediator }, story.Now).ThenState().Decision.Should().NotBeNull();
    }

    [Fact]
    public void Given_an_evidence_request_When_an_admin_returns_the_case_to_the_queue_Then_the_request_lapses_and_the_case_waits()
    {
        var story = Story.In(DisputeStatus.AwaitingEvidence);
        var events = spec.Given(story.History).When(Reassign(to: null), story.Now).ThenAccepted();
        events[0].Should().BeOfType<EvidenceRequestLapsed>();
        events[1].Should().Be(new CaseReassigned(DisputeId, "mediator-1", null, "Mediator on leave.", Platform, story.Now));
        var state = spec.ThenState();
        state.Status.Should().Be(DisputeStatus.AwaitingMediator);
        state.MediatorId.Should().BeNull();
        state.EvidenceRequest.Should().BeNull();
    }

    [Fact]
    public void Given_a_case_under_mediation_When_a_mediator_or_a_party_tries_to_reassign_it_Then_only_an_admin_may()
    {
        var story = Story.In(DisputeStatus.UnderMediation);
        spec.Given(story.History);
        spec.When(Reassign(by: Mediator), story.Now).ThenRefused(RefusalKind.WrongActor);
        spec.When(Reassign(by: Buyer), story.Now).ThenRefused(RefusalKind.WrongActor);
        spec.When(Reassign(by: Engine), story.Now).ThenRefused(RefusalKind.WrongActor);
    }

    [Fact]
    public void Given_a_case_waiting_for_a_mediator_When_an_admin_reassigns_it_Then_there_is_nothing_held_to_move()
    {
        var story = Story.In(DisputeStatus.AwaitingMediator);
        spec.Given(story.History).When(Reassign(), story.Now).ThenRefused(RefusalKind.NotAllowedInState);
    }

    [Fact]
    public void Given_a_case_already_with_the_target_When_reassigned_again_Then_nothing_changes()
    {
        var story = Story.In(DisputeStatus.UnderMediation);
        spec.Given(story.History).When(Reassign("mediator-1"), story.Now).ThenNothing();
    }

    [Fact]
    public void Given_a_reassignment_When_the_reason_or_the_target_is_blank_Then_it_is_invalid()
    {
        var story = Story.In(DisputeStatus.UnderMediation);
        spec.Given(story.History);
        spec.When(Reassign() with { Reason = " " }, story.Now).ThenRefused(RefusalKind.InvalidInput);
        spec.When(Reassign("  "), story.Now).ThenRefused(RefusalKind.InvalidInput);
    }

    [Fact]
    public void Given_an_appealed_case_held_by_a_new_mediator_When_reassigned_to_the_one_who_decided_it_Then_the_appeal_rule_refuses()
    {
        var story = Story.In(DisputeStatus.Decided);
        story.Do(Appeal());
        story.Do(Claim(OtherMediator));
        spec.Given(story.History).When(Reassign("mediator-1"), story.Now).ThenRefused(RefusalKind.RuleViolated, "appeal-needs-another-mediator");
    }

    [Fact]
    public void Given_a_waiting_case_When_the_engine_assigns_it_Then_it_is_an_ordinary_assignment_by_the_engine()
    {
        var story = Story.In(DisputeStatus.AwaitingMediator);
        var events = spec.Given(story.History).When(Assign("mediator-7", Engine), story.Now).ThenAccepted();
        events[0].Should().Be(new MediatorAssigned(DisputeId, "mediator-7", Engine, story.Now));
        spec.ThenState().MediatorId.Should().Be("mediator-7");
    }
}
