using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Mediation;

// POST /mediation/disputes/{id}/claim — a mediator takes an unassigned case from the queue.
public sealed record ClaimCaseBody() : IRequestBody;

public sealed record ClaimCaseRequest(Guid DisputeId, ClaimCaseBody? Body, Actor By) : IDisputeCommandRequest
{
    // Nothing to check: the caller is the whole command.
    public void Validate(RequestErrors errors)
    {
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ClaimCase(DisputeId, By);
}

public sealed class ClaimCaseHandler(DisputeWriter writer) : DisputeCommandHandler<ClaimCaseRequest>(writer);

public static class ClaimCaseEndpoint
{
    public static void MapClaimCase(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ClaimCaseBody>("/{disputeId:guid}/claim", (id, body, user) => new ClaimCaseRequest(id, body, user.AsMediator()), bodyRequired: false)
            .WithName("ClaimCase")
            .WithSummary("Take an escalated case (as a mediator who has not decided it before)");
}
