namespace Disputes.Domain;

// A link item is metadata only: the file stays with the storefront at Uri and the hash lets an auditor prove it
// unchanged. A held item (Held) is a file the engine stores itself, content-addressed by Sha256, with no Uri.
// Visibility and Held are absent from items stored before files were held, and read as a link both parties see.
// The limits are EvidenceRules'; public so the API document states the same ones.
public sealed record EvidenceItem(
    Guid EvidenceId,
    EvidenceKind Kind,
    string FileName,
    string MediaType,
    long SizeBytes,
    string Sha256,
    string? Uri)
{
    public const int MaxUriLength = 2048;
    public const int MaxFileNameLength = 255;

    // RFC 6838 restricted names for type and subtype, without parameters.
    public const string MediaTypePattern = @"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$";
    public const string Sha256Pattern = "^[0-9A-Fa-f]{64}$";

    public EvidenceVisibility Visibility { get; init; } = EvidenceVisibility.Parties;

    public bool Held { get; init; }
}
