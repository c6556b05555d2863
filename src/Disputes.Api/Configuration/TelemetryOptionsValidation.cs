using Disputes.Api.Telemetry;
using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Configuration;

public sealed class TelemetryOptionsValidation : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions o)
    {
        var errors = new SettingErrors(TelemetryOptions.Section);
        errors.Require(!string.IsNullOrWhiteSpace(o.ServiceName), nameof(o.ServiceName), "must not be empty.");
        errors.Require(string.IsNullOrEmpty(o.OtlpEndpoint) || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _),
            nameof(o.OtlpEndpoint), $"must be an absolute URI such as http://collector:4317 (was '{o.OtlpEndpoint}').");
        errors.Require(o.TraceSampleRatio is >= 0 and <= 1, nameof(o.TraceSampleRatio), $"must be between 0 and 1 (was {o.TraceSampleRatio}).");
        errors.Range(nameof(o.SampleInterval), o.SampleInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        errors.Range(nameof(o.ExportInterval), o.ExportInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        return errors.Result;
    }
}
