using Disputes.Audit.Integrity;
using Disputes.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Audit.Verification;

// GET /audit/disputes/{id}/verification — recompute the dispute's hash chain from the stored events and name
// the first broken link, if any. Null when the dispute does not exist.
public sealed record VerifyDisputeHistory(Guid DisputeId) : IQuery<VerificationReport?>;

public sealed class VerifyDisputeHistoryHandler(HistoryVerifier verifier) : IQueryHandler<VerifyDisputeHistory, VerificationReport?>
{
    public async ValueTask<VerificationReport?> Handle(VerifyDisputeHistory query, CancellationToken ct) =>
        await verifier.VerifyStream(query.DisputeId, ct) is { StreamsChecked: > 0 } verification ? VerificationReport.From(verification) : null;
}

public static class VerifyDisputeHistoryEndpoint
{
    public static void MapVerifyDisputeHistory(this RouteGroupBuilder group) =>
        group.MapGet("/disputes/{disputeId:guid}/verification", Handle)
            .WithName("VerifyDisputeHistory")
            .WithSummary("Recompute the dispute's event hash chain and name the first broken link, if any")
            .WithDescription("Every stored event carries hash and previousHash (see the events endpoint); this recomputes each hash from "
                + "the stored content and checks each link and that no version is missing. intact is false when the history was altered; "
                + "the break names the version, sequence and what was wrong. The hash formula is in docs/audit.md.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<VerificationReport>, ProblemHttpResult>> Handle(Guid disputeId, ISender sender, CancellationToken ct) =>
        await sender.Send(new VerifyDisputeHistory(disputeId), ct) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.Problem(Problems.DisputeNotFound(disputeId));
}
