using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/refund/retry — a new attempt with the same amount and the next attempt number.
public sealed record RetryRefundBody(ActingAs? ActingAs) : IActingBody;

public sealed record RetryRefundRequest(Guid DisputeId, RetryRefundBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) => errors.Acting(Body);

    public IDisputeCommand ToCommand() => new Disputes.Domain.RetryRefund(DisputeId, Body!.ActingAs!.ToActor());
}

public sealed class RetryRefundHandler(DisputeWriter writer) : DisputeCommandHandler<RetryRefundRequest>(writer);

public static class RetryRefundEndpoint
{
    public static void MapRetryRefund(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RetryRefundBody>("/{disputeId:guid}/refund/retry", (id, body, _) => new RetryRefundRequest(id, body))
            .WithName("RetryRefund")
            .WithSummary("Request a failed refund again (as the platform)");
}
