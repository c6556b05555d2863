
namespace Disputes.Hosting.Tools;

// Positional words and "--name value" options after the verb; unknown options are an error, not ignored.
public sealed class ToolArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    public ToolArguments(IEnumerable<string> words)
    {
        var positional = new List<string>();
        using var e = words.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                var name = e.Current[2..];
                options[name] = e.MoveNext() ? e.Current : throw new ToolUsageException($"--{name} needs a value.");
            }
            else
                positional.Add(e.Current);
        }
        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public Guid? DisputeId(int position) =>
        Positional.Count <= position ? null
        : Guid.TryParse(Positional[position], out var id) ? id
        : throw new ToolUsageException($"'{Positional[position]}' is not a dispute id (a GUID).");

    public void Allow(int maxPositional, params string[] optionNames)
    {
        if (Positional.Count > maxPositional)
            throw new ToolUsageException($"Unexpected argument '{Positional[maxPositional]}'.");
        if (options.Keys.FirstOrDefault(k => !optionNames.Contains(k)) is { } unknown)
            throw new ToolUsageException($"Unknown option --{unknown}.");
    }
}

public sealed class ToolUsageException(string message) : Exception(message);
