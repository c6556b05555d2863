using Disputes.Audit.Integrity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Audit.Verification;

// GET /audit/verification — the same check over every dispute in one pass; for very large stores the CLI
// verb runs it without an HTTP request waiting on it.
public sealed record VerifyAllHistory : IQuery<VerificationReport>;

public sealed class VerifyAllHistoryHandler(HistoryVerifier verifier) : IQueryHandler<VerifyAllHistory, VerificationReport>
{
    public async ValueTask<VerificationReport> Handle(VerifyAllHistory query, CancellationToken ct) =>
        VerificationReport.From(await verifier.VerifyAll(ct));
}

public static class VerifyAllHistoryEndpoint
{
    public static void MapVerifyAllHistory(this RouteGroupBuilder group) =>
        group.MapGet("/verification", Handle)
            .WithName("VerifyAllHistory")
            .WithSummary("Recompute the event hash chain of every dispute and name the first broken link of each broken one")
            .WithDescription($"Totals count every dispute and event checked; breaks lists at most {HistoryVerifier.DefaultMaxReportedBreaks} "
                + "broken disputes (disputesBroken is the full count), one entry per dispute: its first broken link.");

    public static async Task<Ok<VerificationReport>> Handle(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new VerifyAllHistory(), ct));
}
