using System.Security.Claims;
using Disputes.Domain;
using Disputes.EvidenceFiles.Access;
using Disputes.EvidenceFiles.Settings;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Disputes.EvidenceFiles.Uploads;

// POST /disputes/{id}/evidence/uploads — the first step of the large-file flow: declare the file's name and size, then
// send it in parts of at most maxPartBytes and complete it into an evidence item. The size is checked against the
// dispute's limits now, so a file that cannot be taken is refused before its first byte.
public sealed record CreateUploadBody(string? FileName, long? SizeBytes) : IRequestBody;

public static class CreateUpload
{
    public static void MapCreateUpload(this RouteGroupBuilder group) =>
        group.MapPost("/{disputeId:guid}/evidence/uploads", Handle)
            .WithName("CreateEvidenceUpload")
            .WithSummary("Start a large evidence upload: declare name and size, then PUT its parts and complete it")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    public static async Task<Results<Created<UploadView>, ProblemHttpResult>> Handle(
        Guid disputeId, CreateUploadBody? body, ClaimsPrincipal user, DisputeFiles files, EvidenceUploads uploads, IOptions<EvidenceOptions> options, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (string.IsNullOrWhiteSpace(body?.FileName) || body.FileName.Length > EvidenceItem.MaxFileNameLength || body.FileName.Any(c => char.IsControl(c) || c is '/' or '\\'))
            errors.Add("fileName", $"fileName is a file's name, 1 to {EvidenceItem.MaxFileNameLength} characters, without a path or control characters.");
        if (body?.SizeBytes is not > 0)
            errors.Add("sizeBytes", "sizeBytes is the file's size in bytes, at least 1.");
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));
        if (await files.Load(disputeId, ct) is not { } dispute)
            return TypedResults.Problem(Problems.DisputeNotFound(disputeId));
        var room = files.Room(dispute);
        if (body!.SizeBytes > room)
            return TypedResults.Problem(Problems.EvidenceTooLarge(Math.Max(room, 0), files.RoomExplained(dispute)));
        var upload = await uploads.Create(disputeId, user.Subject(), body.FileName!, body.SizeBytes!.Value, ct);
        var view = UploadView.From(upload, options.Value.MaxRequestBytes);
        return TypedResults.Created($"/disputes/{disputeId}/evidence/uploads/{upload.Id}", view);
    }
}
