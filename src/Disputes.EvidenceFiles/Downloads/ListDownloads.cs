using Disputes.Hosting.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.EvidenceFiles.Downloads;

// GET /audit/disputes/{id}/evidence-downloads — who among the staff opened which of the dispute's files, oldest first.
public static class ListDownloads
{
    public const int MaxLimit = 1000;

    public static void MapListDownloads(this RouteGroupBuilder group) =>
        group.MapGet("/disputes/{disputeId:guid}/evidence-downloads", Handle)
            .WithName("ListEvidenceDownloads")
            .WithSummary("Every download of the dispute's evidence files by mediators, auditors and admins")
            .ProducesValidationProblem();

    public static async Task<Results<Ok<IReadOnlyList<StaffDownload>>, ProblemHttpResult>> Handle(
        Guid disputeId, string? limit, DownloadLog log, CancellationToken ct)
    {
        var size = MaxLimit;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
            return TypedResults.Problem(Problems.Validation(new Dictionary<string, string[]> { ["limit"] = [$"limit is a whole number, 1 to {MaxLimit}."] }));
        IReadOnlyList<StaffDownload> rows = await log.Of(disputeId, size, ct);
        return TypedResults.Ok(rows);
    }
}
