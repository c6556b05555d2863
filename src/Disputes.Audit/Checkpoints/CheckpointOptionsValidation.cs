using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Audit.Checkpoints;

// A key that cannot sign or verify should stop the instance at start-up, not fail the first checkpoint an hour
// later. The messages say what is wrong with a key, never what it holds.
public sealed class CheckpointOptionsValidation : IValidateOptions<CheckpointOptions>
{
    public ValidateOptionsResult Validate(string? name, CheckpointOptions o)
    {
        var errors = new SettingErrors(CheckpointOptions.Section);
        errors.Range(nameof(o.Interval), o.Interval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(31));
        if (!string.IsNullOrWhiteSpace(o.SigningKey) && Problem(() => CheckpointKeys.PrivateKey(o.SigningKey).Dispose()) is { } signing)
            errors.Require(false, nameof(o.SigningKey), $"must be a PEM-encoded ECDSA P-256 private key, but {signing}");
        for (var i = 0; i < o.VerificationKeys.Count; i++)
        {
            var key = o.VerificationKeys[i];
            if (Problem(() => CheckpointKeys.PublicKey(key).Dispose()) is { } verification)
                errors.Require(false, $"{nameof(o.VerificationKeys)}:{i}", $"must be a PEM-encoded ECDSA P-256 public key, but {verification}");
        }
        return errors.Result;
    }

    private static string? Problem(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}
