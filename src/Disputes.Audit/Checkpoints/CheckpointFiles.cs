
namespace Disputes.Audit.Checkpoints;

// A checkpoint file goes to --out, or to standard output, byte for byte as signed and stored.
public static class CheckpointFiles
{
    public static async Task Write(string document, string? path, TextWriter output, CancellationToken ct)
    {
        if (path is null)
        {
            await output.WriteLineAsync(document.AsMemory(), ct);
            return;
        }
        await File.WriteAllTextAsync(path, document, new System.Text.UTF8Encoding(false), ct);
    }
}
