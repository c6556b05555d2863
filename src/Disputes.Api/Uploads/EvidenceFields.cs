using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;

namespace Disputes.Api.Uploads;

// What an uploaded file's item says besides its bytes, as form fields (multipart) or JSON (completing a large upload).
public sealed record EvidenceFields(ActingAs? ActingAs, EvidenceKind? Kind, EvidenceVisibility? Visibility, Guid? EvidenceId, string? FileName)
{
    public void Validate(RequestErrors errors)
    {
        if (errors.Required("actingAs", ActingAs))
            ActingAs.Validate(errors);
        errors.Required("kind", Kind);
        errors.Required("fileName", FileName);
    }

    public Actor Actor => ActingAs!.ToActor();

    public EvidenceItem Item(string sha256, long sizeBytes, string mediaType) =>
        new(EvidenceId ?? Guid.CreateVersion7(), Kind!.Value, FileName!, mediaType, sizeBytes, sha256, Uri: null)
        {
            Visibility = Visibility ?? EvidenceVisibility.Parties,
            Held = true,
        };

    // Decided before a byte is stored, with a stand-in for the file: a refused upload stores nothing.
    public EvidenceItem Placeholder(Guid evidenceId) => Item(new string('0', 64), 1, "application/octet-stream") with { EvidenceId = evidenceId };
}
