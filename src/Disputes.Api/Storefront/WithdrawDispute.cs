using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/withdraw — the buyer walks away; the dispute closes as withdrawn.
public sealed record WithdrawDisputeBody(ActingAs? ActingAs, string? Reason = null, string? Language = null) : IActingBody;

public sealed record WithdrawDisputeRequest(Guid DisputeId, WithdrawDisputeBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors) => errors.Acting(Body);

    public IDisputeCommand ToCommand() => new Disputes.Domain.WithdrawDispute(DisputeId, Body!.Reason ?? "", Body.ActingAs!.ToActor());
}

public sealed class WithdrawDisputeHandler(DisputeWriter writer) : DisputeCommandHandler<WithdrawDisputeRequest>(writer);

public static class WithdrawDisputeEndpoint
{
    public static void MapWithdrawDispute(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<WithdrawDisputeBody>("/{disputeId:guid}/withdraw", (id, body, _) => new WithdrawDisputeRequest(id, body))
            .WithName("WithdrawDispute")
            .WithSummary("Withdraw the dispute (as the buyer), any time before a decision");
}
