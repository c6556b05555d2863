using System.Text.RegularExpressions;

namespace Disputes.Domain;

// Evidence metadata is shown to mediators and auditors, its link opened from their tools: the link must be
// the storefront's file over https (http only under a policy that allows it), never a script, a data blob, a
// local path or a URL with credentials; the rest must be what it claims to be. Every path that carries
// evidence (adding it, a seller's rejection) goes through here.
internal static partial class EvidenceRules
{
    private const int MaxUriLength = EvidenceItem.MaxUriLength;
    private const int MaxFileNameLength = EvidenceItem.MaxFileNameLength;

    public static void Check(FieldErrors errors, string field, EvidenceItem e, DisputePolicy policy)
    {
        if (e.EvidenceId == Guid.Empty)
            errors.Add($"{field}.evidenceId", "evidenceId must not be empty.");
        if (!Enum.IsDefined(e.Kind))
            errors.Add($"{field}.kind", "Unknown evidence kind.");
        if (string.IsNullOrWhiteSpace(e.FileName))
            errors.Add($"{field}.fileName", $"{field}.fileName is required.");
        else if (!IsFileName(e.FileName))
            errors.Add($"{field}.fileName",
                $"fileName is a file's name, at most {MaxFileNameLength} characters, without a path (/ or \\), control or text-direction characters.");
        if (!MediaType().IsMatch(e.MediaType ?? ""))
            errors.Add($"{field}.mediaType", "mediaType is a media type without parameters, type/subtype (e.g. image/jpeg).");
        if (e.SizeBytes <= 0 || e.SizeBytes > policy.MaxEvidenceBytes)
            errors.Add($"{field}.sizeBytes", $"An evidence file is 1 to {policy.MaxEvidenceBytes} bytes.");
        if (e.Sha256 is not { Length: 64 } || !e.Sha256.All(char.IsAsciiHexDigit))
            errors.Add($"{field}.sha256", "sha256 is 64 hexadecimal characters.");
        if (!Enum.IsDefined(e.Visibility))
            errors.Add($"{field}.visibility", "Unknown visibility.");
        // A held file is reached through the engine; a link to elsewhere beside it would be a second, unverified copy.
        if (e.Held)
        {
            if (e.Uri is not null)
                errors.Add($"{field}.uri", "A file the engine holds has no uri.");
        }
        else if (!IsFileLink(e.Uri, policy.AllowHttpEvidence))
            errors.Add($"{field}.uri", policy.AllowHttpEvidence
                ? $"uri is an absolute, percent-encoded https or http URL of the file with a host and without credentials, at most {MaxUriLength} characters."
                : $"uri is an absolute, percent-encoded https URL of the file with a host and without credentials, at most {MaxUriLength} characters.");
    }

    // A request names each kind once, or its satisfied flags would disagree with each other.
    public static void CheckRequired(FieldErrors errors, IReadOnlyList<RequiredEvidence> required)
    {
        for (var i = 0; i < required.Count; i++)
            if (!Enum.IsDefined(required[i].Kind))
                errors.Add($"required[{i}].kind", "Unknown evidence kind.");
        if (required.GroupBy(r => r.Kind).Any(g => g.Count() > 1))
            errors.Add("required", "Each kind is named once.");
        if (required.Count > Enum.GetValues<EvidenceKind>().Length)
            errors.Add("required", "A request names each kind at most once.");
    }

    // A decision can only stand on evidence the dispute holds.
    public static void CheckCited(FieldErrors errors, IReadOnlyList<Guid> considered, Dispute d)
    {
        for (var i = 0; i < considered.Count; i++)
            if (!d.EvidenceIds.Contains(considered[i]))
                errors.Add($"considered[{i}]", $"Evidence {considered[i]} is not an item of this dispute.");
    }

    // Every participant reads a message, so it cannot carry an item only mediators may see.
    public static void CheckAttached(FieldErrors errors, IReadOnlyList<Guid> attachments, Dispute d)
    {
        for (var i = 0; i < attachments.Count; i++)
            if (d.Evidence.FirstOrDefault(e => e.EvidenceId == attachments[i]) is not { } item)
                errors.Add($"attachments[{i}]", $"Evidence {attachments[i]} is not an item of this dispute.");
            else if (item.Visibility != EvidenceVisibility.Parties)
                errors.Add($"attachments[{i}]", $"Evidence {attachments[i]} is for the mediators only; a message is read by everyone.");
    }

    // Well-formed means already escaped: no spaces, quotes or angle brackets that could end an attribute a
    // console writes the link into (the parser forgives surrounding spaces, so they are refused first). The scheme is checked on the parsed URI, so "JavaScript:" is refused too.
    public static bool IsFileLink(string? raw, bool allowHttp) =>
        raw is { Length: > 0 and <= MaxUriLength }
        && !raw.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.IsWellFormedUriString(raw, UriKind.Absolute)
        && Uri.TryCreate(raw, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp))
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    // A name, not a path ("../../etc/passwd"), and no right-to-left override turning "photo‮gpj.exe" into "photoexe.jpg".
    private static bool IsFileName(string name) =>
        name.Length <= MaxFileNameLength
        && name is not ("." or "..")
        && !name.Any(c => char.IsControl(c) || c is '/' or '\\' || IsDirectionControl(c));

    private static bool IsDirectionControl(char c) => c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    [GeneratedRegex(EvidenceItem.MediaTypePattern)]
    private static partial Regex MediaType();
}
