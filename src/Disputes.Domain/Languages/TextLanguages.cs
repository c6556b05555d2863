namespace Disputes.Domain;

// Which events of a verdict hold the text its command's author wrote, and so take the command's language. One table
// rather than a line per transition, so a transition that adds an engine-composed text ("Appeal: …", an escalation's
// fixed reason) cannot inherit the author's language by accident: only the types listed here do.
public static class TextLanguages
{
    private static readonly Dictionary<Type, Type[]> TextsOf = new()
    {
        [typeof(PostMessage)] = [typeof(MessagePosted)],
        [typeof(MakeOffer)] = [typeof(SellerOfferMade)],
        [typeof(CounterOffer)] = [typeof(BuyerCounterOffered)],
        [typeof(ProposeSolution)] = [typeof(PlatformSolutionProposed)],
        [typeof(RejectClaim)] = [typeof(EvidenceAdded), typeof(SellerRejectedClaim)],
        [typeof(RejectOffer)] = [typeof(SellerRejectedCounterOffer), typeof(BuyerRejectedOffer)],
        [typeof(AddEvidence)] = [typeof(EvidenceAdded)],
        [typeof(Escalate)] = [typeof(DisputeEscalated)],
        [typeof(ReleaseCase)] = [typeof(MediatorReleased)],
        [typeof(RequestEvidence)] = [typeof(EvidenceRequested)],
        [typeof(RecordDecision)] = [typeof(MediatorDecisionRecorded)],
        [typeof(AppealDecision)] = [typeof(DecisionAppealed)],
        [typeof(RecordReturnReceipt)] = [typeof(ReturnReceiptRecorded)],
        [typeof(ReportReplacementProblem)] = [typeof(ReplacementProblemReported)],
        [typeof(ReportReturnProblem)] = [typeof(ReturnProblemReported)],
        [typeof(ExtendProtection)] = [typeof(BuyerProtectionExtended)],
        [typeof(RequestExtension)] = [typeof(ExtensionRequested)],
        [typeof(RefuseExtension)] = [typeof(ExtensionRefused)],
        [typeof(ReportRefundFailed)] = [typeof(RefundFailed)],
        [typeof(WithdrawDispute)] = [typeof(DisputeWithdrawn)],
        [typeof(RateResolution)] = [typeof(ResolutionRated)],
    };

    public static IReadOnlyCollection<Type> WrittenCommands => TextsOf.Keys;

    public static IReadOnlyList<Type> TextEventsOf(Type command) => TextsOf.GetValueOrDefault(command) ?? [];

    // The command's language on the events that hold its author's text.
    public static IReadOnlyList<IDisputeEvent> Stamp(IDisputeCommand command, IReadOnlyList<IDisputeEvent> events)
    {
        if (command is not WrittenCommand { Language: { } language } || !TextsOf.TryGetValue(command.GetType(), out var texts))
            return events;
        return [.. events.Select(e => e is WrittenEvent written && texts.Contains(e.GetType()) ? (IDisputeEvent)(written with { Language = language }) : e)];
    }

    // The reverse, for replay: the language stored on the first of the verdict's events (same instant, same actor)
    // that holds the command's text.
    public static IDisputeCommand? Recover(IDisputeCommand? command, IReadOnlyList<IDisputeEvent> stream, int position)
    {
        if (command is not WrittenCommand written || !TextsOf.TryGetValue(command.GetType(), out var texts))
            return command;
        var first = stream[position];
        for (var i = position; i < stream.Count && stream[i].At == first.At && stream[i].By == first.By; i++)
            if (texts.Contains(stream[i].GetType()))
                return (IDisputeCommand)(written with { Language = ((WrittenEvent)stream[i]).Language });
        return command;
    }
}
