using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/refund/succeeded — the engine never moves money: the payment backend reports each attempt, quoting its number.
public sealed record ReportRefundSucceededBody(ActingAs? ActingAs, int? Attempt, string? PaymentReference) : IActingBody;

public sealed record ReportRefundSucceededRequest(Guid DisputeId, ReportRefundSucceededBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("attempt", Body.Attempt);
        errors.Required("paymentReference", Body.PaymentReference);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ReportRefundSucceeded(DisputeId, Body!.Attempt!.Value, Body.PaymentReference!, Body.ActingAs!.ToActor());
}

public sealed class ReportRefundSucceededHandler(DisputeWriter writer) : DisputeCommandHandler<ReportRefundSucceededRequest>(writer);

public static class ReportRefundSucceededEndpoint
{
    public static void MapReportRefundSucceeded(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ReportRefundSucceededBody>("/{disputeId:guid}/refund/succeeded", (id, body, _) => new ReportRefundSucceededRequest(id, body))
            .WithName("ReportRefundSucceeded")
            .WithSummary("Report a refund attempt succeeded (as the platform's payment backend)");
}
