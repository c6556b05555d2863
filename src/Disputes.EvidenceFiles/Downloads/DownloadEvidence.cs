using System.Security.Claims;
using Disputes.EvidenceFiles.Access;
using Disputes.EvidenceFiles.Storage;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Microsoft.Net.Http.Headers;

namespace Disputes.EvidenceFiles.Downloads;

// GET /disputes/{id}/evidence/{evidenceId}/content — the held file, streamed with range support (Range, If-Range on
// its hash as ETag). Staff downloads are logged first. A mediators-only item is, to the storefront, an item that
// does not exist.
public static class DownloadEvidence
{
    public static void MapDownloadEvidence(this RouteGroupBuilder group) =>
        group.MapGet("/{disputeId:guid}/evidence/{evidenceId:guid}/content", Handle)
            .WithName("DownloadEvidence")
            .WithSummary("Download a held evidence file (ranges supported; every download by staff is recorded)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status416RangeNotSatisfiable)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<IResult> Handle(
        Guid disputeId, Guid evidenceId, HttpContext http, ClaimsPrincipal user, DisputeFiles files, IEvidenceStore store, DownloadLog log, CancellationToken ct)
    {
        if (await files.Load(disputeId, ct) is not { } dispute)
            return TypedResults.Problem(Problems.DisputeNotFound(disputeId));
        // After the retention clock the item stays but its file is gone for this dispute, even where another still holds the bytes.
        if (dispute.Evidence.FirstOrDefault(e => e.EvidenceId == evidenceId) is not { Held: true } item || !DisputeFiles.MaySee(user, item) || dispute.FilesExpired)
            return TypedResults.Problem(Problems.EvidenceNotFound(disputeId, evidenceId));
        if (await store.Open(item.Sha256, ct) is not { } content)
            return TypedResults.Problem(Problems.EvidenceNotFound(disputeId, evidenceId));
        if (DisputeFiles.IsStaff(user))
            await log.Record(disputeId, evidenceId, item.Sha256, user.Subject(), StaffRole(user), http.Request.Headers.Range.ToString() is { Length: > 0 } r ? r : null, ct);
        // Served as a download, never rendered in the API's origin.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(content, item.MediaType, item.FileName, lastModified: null,
            entityTag: new EntityTagHeaderValue($"\"{item.Sha256}\""), enableRangeProcessing: true);
    }

    private static string StaffRole(ClaimsPrincipal user) =>
        new[] { Roles.Mediator, Roles.Auditor, Roles.Admin }.First(user.IsInRole);
}
