using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disputes.Audit.Checkpoints;

// A checkpoint as exported: self-contained, checkable without the database that wrote it. Payload is the signed
// JSON text exactly as signed (kept as a string, so no re-serialization can change a byte of it), Signature the
// ECDSA P-256 / SHA-256 signature over its UTF-8 bytes in DER form (RFC 3279, what `openssl dgst -verify` reads),
// base64; KeyId names the key (CheckpointKeys.KeyId) so keys can rotate. Every field may be missing in a file
// someone uploads, hence nullable.
public sealed record CheckpointFile(string? Format, string? KeyId, string? Algorithm, string? Signature, string? Payload)
{
    public const string CurrentFormat = "disputes-checkpoint/1";
    public const string EcdsaP256Sha256 = "ecdsa-p256-sha256";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CheckpointFile? Parse(string json) => JsonSerializer.Deserialize<CheckpointFile>(json, Json);
}

// What a checkpoint signs: the latest hash of every dispute (its stream version and the hash of the event there)
// and the highest global sequence number, all from one snapshot of the store.
public sealed record CheckpointPayload(string Format, Guid Id, string Schema, DateTime TakenAt, string KeyId, long Sequence, IReadOnlyList<CheckpointedDispute> Disputes);

public sealed record CheckpointedDispute(Guid Id, long Version, string? Hash);

// A row of the checkpoint table without its document.
public sealed record CheckpointSummary(Guid Id, DateTime TakenAt, string Kind, string TakenBy, string KeyId, long Sequence, long Disputes);

public sealed record StoredCheckpoint(CheckpointSummary Summary, string Document);
