using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.EvidenceFiles.Settings;

public sealed class EvidenceOptionsValidation : IValidateOptions<EvidenceOptions>
{
    public ValidateOptionsResult Validate(string? name, EvidenceOptions o)
    {
        var errors = new SettingErrors(EvidenceOptions.Section);
        errors.Range(nameof(o.MaxRequestBytes), o.MaxRequestBytes, 1024L, 4L * 1024 * 1024 * 1024);
        errors.Range(nameof(o.MaxBytesPerDispute), o.MaxBytesPerDispute, 1L, long.MaxValue);
        // A chunk is one bytea value and one allocation per upload or download in flight.
        errors.Range(nameof(o.ChunkBytes), o.ChunkBytes, 4 * 1024, 16 * 1024 * 1024);
        return errors.Result;
    }
}
