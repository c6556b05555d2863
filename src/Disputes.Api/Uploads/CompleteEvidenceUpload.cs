using System.Security.Claims;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.EvidenceFiles.Uploads;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;

namespace Disputes.Api.Uploads;

// POST /disputes/{id}/evidence/uploads/{uploadId}/complete — the last step of the large-file flow: every declared byte
// has arrived; the staged parts go through the same ingest as a one-shot upload, the item is added, the staging dropped.
public sealed record CompleteUploadBody(ActingAs? ActingAs, EvidenceKind? Kind, EvidenceVisibility? Visibility = null, Guid? EvidenceId = null) : IRequestBody;

public static class CompleteEvidenceUpload
{
    public static void MapCompleteEvidenceUpload(this RouteGroupBuilder group) =>
        group.MapPost("/{disputeId:guid}/evidence/uploads/{uploadId:guid}/complete", Handle)
            .WithName("CompleteEvidenceUpload")
            .WithSummary("Complete a large evidence upload and add the file to the dispute, as the buyer or the seller")
            .AsDisputeCommand()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static async Task<IResult> Handle(
        Guid disputeId, Guid uploadId, CompleteUploadBody? body, ClaimsPrincipal user, EvidenceUploads uploads, EvidenceAttachment attachment, CancellationToken ct)
    {
        if (await uploads.Find(disputeId, uploadId, ct) is not { } upload || upload.CreatedBy != user.Subject())
            return TypedResults.Problem(Problems.UploadNotFound(disputeId, uploadId));
        if (!upload.Complete)
            return TypedResults.Problem(Problems.Validation(new Dictionary<string, string[]>
            {
                ["upload"] = [$"{upload.ReceivedBytes} of the {upload.SizeBytes} declared bytes have arrived; send the rest from offset {upload.ReceivedBytes} first."],
            }));
        var fields = new EvidenceFields(body?.ActingAs, body?.Kind, body?.Visibility, body?.EvidenceId, upload.FileName);
        IResult result;
        await using (var staged = await uploads.Read(upload, ct))
            result = await attachment.Attach(disputeId, fields, staged, declaredMediaType: null, ct);
        // Kept while the item is refused, so the client can correct the fields and complete again without resending.
        if (result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
            await uploads.Delete(upload, ct);
        return result;
    }
}
