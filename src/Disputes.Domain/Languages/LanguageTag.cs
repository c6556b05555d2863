using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disputes.Domain;

// A BCP 47 language tag ("en", "ru", "pt-BR", "zh-Hant-TW"), checked for shape and written in its canonical case:
// language lower case, script title case, region upper case, the rest lower case, so "PT-br" and "pt-BR" are one
// tag. Shape only: which languages exist is the registry's business and changes, and a tag names what a text is in,
// not what the engine can render (DueRendering falls back to English).
[JsonConverter(typeof(LanguageTagJsonConverter))]
public readonly record struct LanguageTag
{
    public const int MaxLength = 35;

    public static readonly LanguageTag English = new("en");

    // What a dispute opened without a language is conducted in.
    public static LanguageTag Default => English;

    private readonly string? value;

    private LanguageTag(string value) => this.value = value;

    public string Value => value ?? English.value!;

    // The primary language subtag ("pt" of "pt-BR"): what a renderer chooses its words by.
    public string Language => Value.Split('-')[0];

    public static bool TryParse([NotNullWhen(true)] string? text, out LanguageTag tag)
    {
        tag = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
            return false;
        var parts = text.Split('-');
        var primary = parts[0];
        // ISO 639 codes (2–3 letters) or a registered 5–8 letter language; "x-…" private use and "i-…" grandfathered
        // tags are not accepted: nothing a storefront sends needs them.
        if (primary.Length is not (2 or 3 or >= 5 and <= 8) || !primary.All(char.IsAsciiLetter))
            return false;
        var canonical = new List<string>(parts.Length) { primary.ToLowerInvariant() };
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            // One character is an extension's or private use's singleton, which no accepted tag carries.
            if (part.Length is < 2 or > 8 || !part.All(char.IsAsciiLetterOrDigit))
                return false;
            canonical.Add(part switch
            {
                { Length: 4 } when i == 1 && part.All(char.IsAsciiLetter) => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant(),
                { Length: 2 } when part.All(char.IsAsciiLetter) => part.ToUpperInvariant(),
                _ => part.ToLowerInvariant(),
            });
        }
        tag = new LanguageTag(string.Join('-', canonical));
        return true;
    }

    public static LanguageTag Parse(string text) =>
        TryParse(text, out var tag) ? tag : throw new FormatException($"'{text}' is not a BCP 47 language tag (e.g. en, ru, pt-BR).");

    // Same primary language: who speaks "pt" serves a "pt-BR" case, and an "en-GB" speaker an "en" one.
    public bool Serves(LanguageTag caseLanguage) => Language == caseLanguage.Language;

    public override string ToString() => Value;
}

public sealed class LanguageTagJsonConverter : JsonConverter<LanguageTag>
{
    public override LanguageTag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && LanguageTag.TryParse(reader.GetString(), out var tag)
            ? tag
            : throw new JsonException("Expected a BCP 47 language tag such as \"en\", \"ru\" or \"pt-BR\".");

    public override void Write(Utf8JsonWriter writer, LanguageTag value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
