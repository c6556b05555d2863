using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/proposals — the platform's own proposal (its policy binds the seller): the buyer accepts or rejects it.
public sealed record ProposeSolutionBody(ActingAs? ActingAs, OfferKind? Kind, MoneyInput? RefundAmount, string? Note = null, ReturnTermsInput? ReturnTerms = null, string? Language = null) : IActingBody;

public sealed record ProposeSolutionRequest(Guid DisputeId, ProposeSolutionBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        ProposalInput.Validate(errors, Body.Kind, Body.RefundAmount, Body.ReturnTerms);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ProposeSolution(DisputeId, Body!.Kind!.Value, ProposalInput.Amount(Body.RefundAmount), Body.Note ?? "", Body.ActingAs!.ToActor(), Body.ReturnTerms?.ToTerms());
}

public sealed class ProposeSolutionHandler(DisputeWriter writer) : DisputeCommandHandler<ProposeSolutionRequest>(writer);

public static class ProposeSolutionEndpoint
{
    public static void MapProposeSolution(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ProposeSolutionBody>("/{disputeId:guid}/proposals", (id, body, _) => new ProposeSolutionRequest(id, body))
            .WithName("ProposeSolution")
            .WithSummary("Propose a solution on behalf of the marketplace's policy (as the platform)");
}
