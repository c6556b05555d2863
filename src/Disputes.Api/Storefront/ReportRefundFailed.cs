using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/refund/failed — a failed refund stays visible on the dispute until it is retried.
public sealed record ReportRefundFailedBody(ActingAs? ActingAs, int? Attempt, string? Reason, string? Language = null) : IActingBody;

public sealed record ReportRefundFailedRequest(Guid DisputeId, ReportRefundFailedBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("attempt", Body.Attempt);
        errors.Required("reason", Body.Reason);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ReportRefundFailed(DisputeId, Body!.Attempt!.Value, Body.Reason!, Body.ActingAs!.ToActor());
}

public sealed class ReportRefundFailedHandler(DisputeWriter writer) : DisputeCommandHandler<ReportRefundFailedRequest>(writer);

public static class ReportRefundFailedEndpoint
{
    public static void MapReportRefundFailed(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ReportRefundFailedBody>("/{disputeId:guid}/refund/failed", (id, body, _) => new ReportRefundFailedRequest(id, body))
            .WithName("ReportRefundFailed")
            .WithSummary("Report a refund attempt failed (as the platform's payment backend)");
}
