using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// Drives the real decider through a path so specs start from histories the engine itself produced.
public sealed class Story(DisputePolicy? policy = null)
{
    public DisputePolicy Policy { get; } = policy ?? DisputePolicy.Default;
    public List<IDisputeEvent> History { get; } = [];
    public Instant Now { get; private set; } = Start;
    public Dispute? State { get; private set; }

    public Story Do(IDisputeCommand command)
    {
        switch (DisputeDecider.Decide(command, State, Now, Policy))
        {
            case Accepted accepted:
                History.AddRange(accepted.Events);
                State = accepted.Events.Aggregate(State, DisputeEvolver.Evolve);
                return this;
            case Refused refused:
                throw new InvalidOperationException($"Story step {command.GetType().Name} refused: {refused.Refusal}");
            default:
                throw new InvalidOperationException();
        }
    }

    public Story Wait(Duration duration)
    {
        Now += duration;
        return this;
    }

    public Story Expire(DeadlineKind kind)
    {
        var due = State!.Deadlines[kind].DueAt;
        if (Now < due)
            Now = due;
        return Do(Commands.Expire(kind, due));
    }

    public Instant Due(DeadlineKind kind) => State!.Deadlines[kind].DueAt;

    // A history that leaves the dispute in the given state, through the most common path.
    public static Story In(DisputeStatus status, DisputePolicy? policy = null)
    {
        var story = new Story(policy);
        return status switch
        {
            DisputeStatus.None => story,
            DisputeStatus.AwaitingSellerResponse => story.Do(Open()),
            DisputeStatus.AwaitingBuyerReply => story.Do(Open()).Wait(Duration.FromHours(1)).Do(Offer()),
            DisputeStatus.AwaitingSellerReply => In(DisputeStatus.AwaitingBuyerReply, policy).Wait(Duration.FromHours(1)).Do(Counter()),
            DisputeStatus.Negotiating => In(DisputeStatus.AwaitingBuyerReply, policy).Wait(Duration.FromHours(1)).Do(RejectOffer()),
            DisputeStatus.AwaitingReplacementShipment => story.Do(Open()).Wait(Duration.FromHours(1)).Do(Replacement()).Wait(Duration.FromHours(1)).Do(AcceptOffer()),
            DisputeStatus.ReplacementInTransit => In(DisputeStatus.AwaitingReplacementShipment, policy).Wait(Duration.FromHours(1)).Do(ShipReplacement()),
            DisputeStatus.AwaitingBuyerEscalation => story.Do(Open()).Wait(Duration.FromHours(1)).Do(Reject()),
            DisputeStatus.AwaitingMediator => In(DisputeStatus.AwaitingBuyerEscalation, policy).Wait(Duration.FromHours(1)).Do(Escalate(Buyer)),
            DisputeStatus.UnderMediation => In(DisputeStatus.AwaitingMediator, policy).Wait(Duration.FromHours(1)).Do(Claim()),
            DisputeStatus.AwaitingEvidence => In(DisputeStatus.UnderMediation, policy).Wait(Duration.FromHours(1)).Do(RequestEvidence()),
            DisputeStatus.Decided => In(DisputeStatus.UnderMediation, policy).Wait(Duration.FromHours(1)).Do(Decide()),
            DisputeStatus.AwaitingReturnShipment => story.Do(Open(Remedy.ReturnAndRefund)).Wait(Duration.FromHours(1)).Do(AcceptClaim()),
            DisputeStatus.ReturnInTransit => In(DisputeStatus.AwaitingReturnShipment, policy).Wait(Duration.FromHours(1)).Do(Ship()),
            DisputeStatus.ReturnDelivered => In(DisputeStatus.ReturnInTransit, policy).Wait(Duration.FromDays(2)).Do(Delivered()),
            DisputeStatus.RefundPending => story.Do(Open()).Wait(Duration.FromHours(1)).Do(AcceptClaim()),
            DisputeStatus.RefundFailed => In(DisputeStatus.RefundPending, policy).Wait(Duration.FromHours(1)).Do(RefundFailed()),
            DisputeStatus.Closed => story.Do(Open()).Wait(Duration.FromHours(1)).Do(Withdraw()),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
    }
}
