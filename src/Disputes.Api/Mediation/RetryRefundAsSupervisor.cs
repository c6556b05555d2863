using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Mediation;

// POST /mediation/disputes/{id}/refund/retry — support retries a refund the payment backend reported failed.
public sealed record RetryRefundAsSupervisorBody() : IRequestBody;

public sealed record RetryRefundAsSupervisorRequest(Guid DisputeId, RetryRefundAsSupervisorBody? Body, Actor By) : IDisputeCommandRequest
{
    // Nothing to check: the caller is the whole command.
    public void Validate(RequestErrors errors)
    {
    }

    public IDisputeCommand ToCommand() => new RetryRefund(DisputeId, By);
}

public sealed class RetryRefundAsSupervisorHandler(DisputeWriter writer) : DisputeCommandHandler<RetryRefundAsSupervisorRequest>(writer);

public static class RetryRefundAsSupervisorEndpoint
{
    public static void MapRetryRefundAsSupervisor(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RetryRefundAsSupervisorBody>("/{disputeId:guid}/refund/retry", (id, body, user) => new RetryRefundAsSupervisorRequest(id, body, user.AsSupervisor()), bodyRequired: false)
            .WithName("RetryRefundAsSupervisor")
            .WithSummary("Request a failed refund again (as a mediator or an admin)");
}
