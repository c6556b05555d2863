using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Disputes.Domain;

// System.Text.Json cannot create an IReadOnlySet; a calendar travels inside every DisputeOpened, so its
// working days are written as a sorted array (in the caller's enum style) and read back into a set.
public sealed class WorkingDaysJsonConverter : JsonConverter<IReadOnlySet<IsoDayOfWeek>>
{
    public override IReadOnlySet<IsoDayOfWeek> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize<IsoDayOfWeek[]>(ref reader, options) ?? []).ToFrozenSet();

    public override void Write(Utf8JsonWriter writer, IReadOnlySet<IsoDayOfWeek> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Order().ToArray(), options);
}
