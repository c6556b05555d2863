using System.Text.Json.Serialization;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.EvidenceFiles.Access;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Disputes.Api.Uploads;

// POST /disputes/{id}/evidence/files — one file as multipart/form-data, read as it arrives: the fields first
// (actingAs.party, actingAs.id, kind, optional visibility and evidenceId), the file part last. The form is never
// buffered: fields are small and read one by one, the file streams through the ingest into the store.
public static class UploadEvidenceFile
{
    private const int MaxFieldChars = 1024;

    public static void MapUploadEvidenceFile(this RouteGroupBuilder group, long maxRequestBytes) =>
        group.MapPost("/{disputeId:guid}/evidence/files", Handle)
            .WithName("UploadEvidenceFile")
            .WithSummary("Upload an evidence file (multipart/form-data, the file last) and add it to the dispute, as the buyer or the seller")
            .Accepts<EvidenceFileForm>("multipart/form-data")
            .WithMetadata(new EvidenceBodyLimit(maxRequestBytes))
            .AsDisputeCommand(bodyRequired: true)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static async Task<IResult> Handle(Guid disputeId, HttpRequest request, EvidenceAttachment attachment, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return TypedResults.Problem(Problems.UnsupportedEvidence("Send the file as multipart/form-data with a boundary."));
        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || disposition.Name.Value is not { Length: > 0 } name)
                    return Invalid("file", "Every part needs a Content-Disposition with a name.");
                if (disposition.IsFileDisposition())
                {
                    if (name != "file")
                        return Invalid(name, "The file part is named \"file\".");
                    var fileName = disposition.FileNameStar.Value is { Length: > 0 } star ? star : disposition.FileName.Value;
                    var parsed = Fields(fields, fileName, out var invalid);
                    return invalid is { } bad ? Invalid(bad.Field, bad.Message) : await attachment.Attach(disputeId, parsed, section.Body, section.ContentType, ct);
                }
                using var text = new StreamReader(section.Body);
                var buffer = new char[MaxFieldChars + 1];
                var length = await text.ReadBlockAsync(buffer, ct);
                if (length > MaxFieldChars)
                    return Invalid(name, $"A field is at most {MaxFieldChars} characters.");
                fields[name] = new string(buffer, 0, length);
            }
        }
        // A body that ends before its closing boundary throws IOException, not InvalidDataException: both are the client's.
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Invalid("file", $"The multipart body is malformed: {e.Message}");
        }
        return Invalid("file", "The form has no file part (named \"file\", after the fields).");
    }

    private static EvidenceFields Fields(Dictionary<string, string> form, string? fileName, out (string Field, string Message)? invalid)
    {
        invalid = null;
        ActingParty? party = null;
        if (form.TryGetValue("actingAs.party", out var p))
            party = Enum.TryParse<ActingParty>(p, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : Fail(ref invalid, "actingAs.party", "actingAs.party is Buyer or Seller.", default(ActingParty?));
        EvidenceKind? kind = null;
        if (form.TryGetValue("kind", out var k))
            kind = Enum.TryParse<EvidenceKind>(k, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : Fail(ref invalid, "kind", "Unknown evidence kind.", default(EvidenceKind?));
        EvidenceVisibility? visibility = null;
        if (form.TryGetValue("visibility", out var v))
            visibility = Enum.TryParse<EvidenceVisibility>(v, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : Fail(ref invalid, "visibility", "visibility is Parties or Mediators.", default(EvidenceVisibility?));
        Guid? evidenceId = null;
        if (form.TryGetValue("evidenceId", out var id))
            evidenceId = Guid.TryParse(id, out var parsed) ? parsed : Fail(ref invalid, "evidenceId", "evidenceId is a UUID.", default(Guid?));
        var acting = party is null && !form.ContainsKey("actingAs.id") ? null : new ActingAs(party, form.GetValueOrDefault("actingAs.id"));
        return new EvidenceFields(acting, kind, visibility, evidenceId, form.GetValueOrDefault("fileName") ?? fileName);
    }

    private static T Fail<T>(ref (string Field, string Message)? invalid, string field, string message, T fallback)
    {
        invalid ??= (field, message);
        return fallback;
    }

    private static IResult Invalid(string field, string message) =>
        TypedResults.Problem(Problems.Validation(new Dictionary<string, string[]> { [field] = [message] }));
}

// The form as the OpenAPI document shows it; the endpoint reads the parts as they stream in.
public sealed record EvidenceFileForm(
    [property: JsonPropertyName("actingAs.party")] ActingParty ActingAsParty,
    [property: JsonPropertyName("actingAs.id")] string ActingAsId,
    EvidenceKind Kind,
    EvidenceVisibility? Visibility,
    Guid? EvidenceId,
    IFormFile File);
