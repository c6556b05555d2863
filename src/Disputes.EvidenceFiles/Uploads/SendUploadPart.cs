using System.Security.Claims;
using Disputes.EvidenceFiles.Access;
using Disputes.EvidenceFiles.Settings;
using Disputes.EvidenceFiles.Storage;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Disputes.EvidenceFiles.Uploads;

// PUT /disputes/{id}/evidence/uploads/{uploadId}/parts?offset=n — the next bytes of the file, as the raw body. offset
// must be where the upload stands (receivedBytes): a retried part that was already taken gets 409 with the offset to
// go on from, so a client that lost an answer resumes without sending anything twice.
public static class SendUploadPart
{
    public static void MapSendUploadPart(this RouteGroupBuilder group, long maxPartBytes) =>
        group.MapPut("/{disputeId:guid}/evidence/uploads/{uploadId:guid}/parts", Handle)
            .WithName("SendEvidenceUploadPart")
            .WithSummary("Send the next part of a large evidence upload (raw bytes, at the offset the upload stands at)")
            .Accepts<Stream>("application/octet-stream")
            .WithMetadata(new EvidenceBodyLimit(maxPartBytes))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    public static async Task<Results<Ok<UploadView>, ProblemHttpResult>> Handle(
        Guid disputeId, Guid uploadId, string? offset, HttpRequest request, ClaimsPrincipal user, EvidenceUploads uploads, IOptions<EvidenceOptions> options,
        CancellationToken ct)
    {
        if (!long.TryParse(offset, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start))
            return TypedResults.Problem(Problems.Validation(new Dictionary<string, string[]> { ["offset"] = ["offset is where this part starts in the file: the upload's receivedBytes."] }));
        if (await uploads.Find(disputeId, uploadId, ct) is not { } upload || upload.CreatedBy != user.Subject())
            return TypedResults.Problem(Problems.UploadNotFound(disputeId, uploadId));
        try
        {
            var after = await uploads.Append(upload, start, request.Body, ct);
            return TypedResults.Ok(UploadView.From(after, options.Value.MaxRequestBytes));
        }
        catch (UploadOffsetException e)
        {
            return TypedResults.Problem(Problems.UploadOffsetMismatch(e.Expected));
        }
        catch (EvidenceTooLargeException e)
        {
            return TypedResults.Problem(Problems.EvidenceTooLarge(e.LimitBytes, $"The upload was declared as {e.LimitBytes} bytes; this part goes past that."));
        }
    }
}
