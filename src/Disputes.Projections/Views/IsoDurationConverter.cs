using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Disputes.Projections.Views;

// A duration on the wire as ISO-8601 ("P1DT2H30M"), which is what the OpenAPI "duration" format
// promises; NodaTime's own converter writes its round-trip pattern ("1:02:30:00") instead.
public sealed class IsoDurationConverter : JsonConverter<Duration>
{
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PeriodPattern.NormalizingIso.Parse(reader.GetString() ?? "").GetValueOrThrow().ToDuration();

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) =>
        writer.WriteStringValue(PeriodPattern.NormalizingIso.Format(Period.FromNanoseconds(value.ToInt64Nanoseconds()).Normalize()));
}
