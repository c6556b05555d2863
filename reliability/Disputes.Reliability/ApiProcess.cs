using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Disputes.Reliability;

// The API as operators run it: `dotnet Disputes.Api.dll`, Release, Production, its own port and schema, started
// from a directory that is not its own (the app must find its settings beside its binary anyway).
// Its output goes to a log file the logs scenario searches for secrets afterwards. applySchema: false for a second
// process on a schema the first one already applied.
public sealed class ApiProcess(string dll, IReadOnlyDictionary<string, string> environment, string logPath, bool applySchema = true) : IAsyncDisposable
{
    private Process? process;

    public int Port { get; } = FreePort();
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public int Starts { get; private set; }

    public async Task Start(TimeSpan timeout)
    {
        // Production never changes the schema itself: the release procedure applies it first (README).
        if (Starts == 0 && applySchema)
            await ApplySchema(timeout);
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        info.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        var started = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        started.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        started.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;
        Starts++;
        await WaitReady(timeout);
    }

    private async Task ApplySchema(TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet", [dll, "schema", "apply"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        if (environment.TryGetValue("ConnectionStrings__Disputes", out var connection))
            info.Environment["ConnectionStrings__DisputesMigrations"] = connection;
        using var apply = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = apply.StandardOutput.ReadToEndAsync();
        var error = apply.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await apply.WaitForExitAsync(cancel.Token);
        await File.AppendAllTextAsync(logPath, await output + await error);
        if (apply.ExitCode != 0)
            throw new InvalidOperationException($"`schema apply` exited with status {apply.ExitCode}; see {logPath}.");
    }

    public async Task WaitReady(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (process is { HasExited: true })
                throw new InvalidOperationException($"The API exited with status {process.ExitCode}; see {logPath}.");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The API was not ready within {timeout}; see {logPath}.");
    }

    // SIGKILL: no shutdown hooks, no flushing; whatever was in flight is cut off.
    public void KillHard()
    {
        if (process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
        process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
