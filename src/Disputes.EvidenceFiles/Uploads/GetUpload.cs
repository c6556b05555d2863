using System.Security.Claims;
using Disputes.EvidenceFiles.Settings;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Disputes.EvidenceFiles.Uploads;

// GET /disputes/{id}/evidence/uploads/{uploadId} — where to resume.
public static class GetUpload
{
    public static void MapGetUpload(this RouteGroupBuilder group) =>
        group.MapGet("/{disputeId:guid}/evidence/uploads/{uploadId:guid}", Handle)
            .WithName("GetEvidenceUpload")
            .WithSummary("Where a large evidence upload stands (receivedBytes: the offset of the next part)")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<UploadView>, ProblemHttpResult>> Handle(
        Guid disputeId, Guid uploadId, ClaimsPrincipal user, EvidenceUploads uploads, IOptions<EvidenceOptions> options, CancellationToken ct) =>
        await uploads.Find(disputeId, uploadId, ct) is { } upload && upload.CreatedBy == user.Subject()
            ? TypedResults.Ok(UploadView.From(upload, options.Value.MaxRequestBytes))
            : TypedResults.Problem(Problems.UploadNotFound(disputeId, uploadId));
}
