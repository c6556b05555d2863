using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Mediation;

// POST /mediation/disputes/{id}/assign — a supervisor routes a case; an appeal may not go back to the mediator who decided it.
public sealed record AssignCaseBody(string? MediatorId) : IRequestBody;

public sealed record AssignCaseRequest(Guid DisputeId, AssignCaseBody? Body, Actor By) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) => errors.Required("mediatorId", Body?.MediatorId);

    public IDisputeCommand ToCommand() => new Disputes.Domain.AssignCase(DisputeId, Body!.MediatorId!, By);
}

public sealed class AssignCaseHandler(DisputeWriter writer) : DisputeCommandHandler<AssignCaseRequest>(writer);

public static class AssignCaseEndpoint
{
    public static void MapAssignCase(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<AssignCaseBody>("/{disputeId:guid}/assign", (id, body, user) => new AssignCaseRequest(id, body, user.AsSupervisor()))
            .WithName("AssignCase")
            .WithSummary("Assign an escalated case to a mediator (as a mediator or an admin)");
}
