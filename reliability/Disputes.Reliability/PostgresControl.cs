using System.Diagnostics;

namespace Disputes.Reliability;

// Stops and starts the PostgreSQL the API uses, through the commands `./disputes` hands over
// (DISPUTES_RELIABILITY_PG_STOP / _START). Without them the database is someone else's, never to be stopped.
public sealed class PostgresControl(string? stop, string? start, string? dataDirectory)
{
    public static PostgresControl FromEnvironment() => new(
        Environment.GetEnvironmentVariable("DISPUTES_RELIABILITY_PG_STOP"),
        Environment.GetEnvironmentVariable("DISPUTES_RELIABILITY_PG_START"),
        Environment.GetEnvironmentVariable("DISPUTES_RELIABILITY_PG_DIR"));

    public bool CanFreeze => Owned && !string.IsNullOrEmpty(dataDirectory);

    // SIGSTOP to every process of the cluster (they all keep the data directory as their working directory):
    // the server is there but answers nothing, the case only timeouts can bound.
    public Task Freeze() => Signal("STOP");
    public Task Thaw() => Signal("CONT");

    private Task Signal(string signal)
    {
        var pids = Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Where(d => { try { return new DirectoryInfo(Path.Combine(d, "cwd")).ResolveLinkTarget(false)?.FullName == dataDirectory; } catch (IOException) { return false; } catch (UnauthorizedAccessException) { return false; } })
            .Select(Path.GetFileName).ToList();
        return pids.Count == 0 ? Task.CompletedTask : Shell($"kill -{signal} {string.Join(' ', pids)}");
    }

    public bool Owned => !string.IsNullOrEmpty(stop) && !string.IsNullOrEmpty(start);

    // fast: the server ends every session politely (57P01); immediate: it just dies, like a crash, and recovers from WAL.
    public Task Stop(bool immediate) => Shell($"{stop} {(immediate ? "immediate" : "fast")}");
    public Task Start() => Shell(start!);

    private static async Task Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("bash did not start.");
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{command}` failed ({process.ExitCode}): {output}");
    }
}
