using System.Diagnostics.CodeAnalysis;

namespace Disputes.Hosting.Requests;

public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
            errors[field] = list = [];
        list.Add(message);
    }

    public bool Required<T>(string field, [NotNullWhen(true)] T? value)
    {
        if (value is not null)
            return true;
        Add(field, $"{field} is required.");
        return false;
    }

    // A BCP 47 language tag when one is given, refused in one wording wherever a tag is taken (the text cut short).
    public bool LanguageTag(string field, string? text)
    {
        if (text is null || Disputes.Domain.LanguageTag.TryParse(text, out _))
            return true;
        Add(field, $"{field} \"{(text.Length > 40 ? text[..40] + "…" : text)}\" is not a BCP 47 language tag (e.g. en, ru, pt-BR).");
        return false;
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

public sealed class RequestValidationException(IDictionary<string, string[]> errors)
    : Exception("The request has invalid fields.")
{
    public IDictionary<string, string[]> Errors { get; } = errors;
}
