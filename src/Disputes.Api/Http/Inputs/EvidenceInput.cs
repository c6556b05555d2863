using Disputes.Domain;
using Disputes.Hosting.Requests;

namespace Disputes.Api.Http;

// Evidence metadata as the storefront sends it; the file stays with the storefront at `uri` (files the engine
// holds come through the upload endpoints instead).
// evidenceId may be chosen by the client (so a retried upload is recognised) or is minted here.
public sealed record EvidenceInput(
    EvidenceKind? Kind, string? FileName, string? MediaType, long? SizeBytes, string? Sha256, string? Uri, Guid? EvidenceId = null,
    EvidenceVisibility? Visibility = null)
{
    public void Validate(RequestErrors errors, string field)
    {
        errors.Required($"{field}.kind", Kind);
        errors.Required($"{field}.fileName", FileName);
        errors.Required($"{field}.mediaType", MediaType);
        errors.Required($"{field}.sizeBytes", SizeBytes);
        errors.Required($"{field}.sha256", Sha256);
        errors.Required($"{field}.uri", Uri);
    }

    public EvidenceItem ToEvidence() =>
        new(EvidenceId ?? Guid.CreateVersion7(), Kind!.Value, FileName!, MediaType!, SizeBytes!.Value, Sha256!, Uri!)
        {
            Visibility = Visibility ?? EvidenceVisibility.Parties,
        };
}
