namespace Disputes.Audit.Checkpoints;

// Bound from "Disputes:Checkpoints" (env Disputes__Checkpoints__Interval and so on). README lists every key.
public sealed class CheckpointOptions
{
    public const string Section = "Disputes:Checkpoints";

    // Take periodic checkpoints on this instance (when a signing key is set). Several instances may all run the
    // loop: the checkpoint table's lock and age check keep their checkpoints an Interval apart.
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    // PEM of the ECDSA P-256 private key checkpoints are signed with. Unset, no checkpoint can be taken.
    public string? SigningKey { get; set; }

    // PEM public keys a checkpoint may also be verified with: retired signing keys, so older checkpoints still check.
    public List<string> VerificationKeys { get; set; } = [];
}
