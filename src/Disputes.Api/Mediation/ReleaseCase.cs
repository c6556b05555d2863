using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Mediation;

// POST /mediation/disputes/{id}/release — the assigned mediator hands the case back; any eligible mediator may claim it.
public sealed record ReleaseCaseBody(string? Reason = null, string? Language = null) : IRequestBody;

public sealed record ReleaseCaseRequest(Guid DisputeId, ReleaseCaseBody? Body, Actor By) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    // Nothing to check: the caller is the whole command.
    public void Validate(RequestErrors errors)
    {
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ReleaseCase(DisputeId, Body?.Reason ?? "", By);
}

public sealed class ReleaseCaseHandler(DisputeWriter writer) : DisputeCommandHandler<ReleaseCaseRequest>(writer);

public static class ReleaseCaseEndpoint
{
    public static void MapReleaseCase(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ReleaseCaseBody>("/{disputeId:guid}/release", (id, body, user) => new ReleaseCaseRequest(id, body, user.AsMediator()))
            .WithName("ReleaseCase")
            .WithSummary("Give a case back to the queue (as its assigned mediator)");
}
