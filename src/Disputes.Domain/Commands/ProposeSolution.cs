namespace Disputes.Domain;

public sealed record ProposeSolution(
    Guid DisputeId,
    OfferKind Kind,
    Money RefundAmount,
    string Note,
    Actor By,
    ReturnTerms? Terms = null) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ProposeSolution;
}
