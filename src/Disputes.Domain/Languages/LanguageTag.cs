using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Disputes.Domain;

// A BCP-47 language tag (en, ru, pt-BR, zh-Hant-TW) in its canonical letter case: language lower, script title,
// region upper, variants lower. Only the shape is checked (language, optional script, region and variants; no
// extensions or private use), not the IANA registry: a tag is a label the desk routes on, not a locale to load.
[JsonConverter(typeof(LanguageTagJsonConverter))]
public sealed partial record LanguageTag
{
    public const int MaxLength = 35;

    // What a dispute opened without a language is conducted in.
    public static LanguageTag Default { get; } = new("en");

    private LanguageTag(string value) => Value = value;

    public string Value { get; }

    // The primary language subtag ("pt" of "pt-BR"): a mediator who works in a language serves all its regions.
    public string Language => Value.Split('-')[0];

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out LanguageTag? tag)
    {
        tag = null;
        if (text is null || text.Length > MaxLength || !Shape().IsMatch(text))
            return false;
        var parts = text.Split('-');
        for (var i = 0; i < parts.Length; i++)
            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 4 && char.IsAsciiLetter(parts[i][0]) && i == 1 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].Length == 2 || (parts[i].Length == 3 && char.IsAsciiDigit(parts[i][0])) ? parts[i].ToUpperInvariant()
                : parts[i].ToLowerInvariant();
        tag = new LanguageTag(string.Join('-', parts));
        return true;
    }

    public static LanguageTag Parse(string text) =>
        TryParse(text, out var tag) ? tag : throw new FormatException($"'{text}' is not a BCP-47 language tag (such as en, ru or pt-BR).");

    // Same primary language: who speaks "pt" serves a "pt-BR" case, and an "en-GB" speaker an "en" one.
    public bool Serves(LanguageTag caseLanguage) => Language == caseLanguage.Language;

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

// A plain JSON string, as clients send and read it.
public sealed class LanguageTagJsonConverter : JsonConverter<LanguageTag>
{
    public override LanguageTag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LanguageTag.TryParse(reader.GetString(), out var tag) ? tag
            : throw new JsonException("Expected a BCP-47 language tag such as en, ru or pt-BR.");

    public override void Write(Utf8JsonWriter writer, LanguageTag value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
