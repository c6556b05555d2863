using System.Diagnostics;
using System.Globalization;
using System.Text;

// The API as its own process, started the way a deployment starts it (dotnet Disputes.Api.dll), logs to a file.
internal sealed class ApiProcess : IDisposable
{
    private readonly Process process;
    private readonly int port;
    private readonly long started;

    private ApiProcess(Process process, int port, long started) => (this.process, this.port, this.started) = (process, port, started);

    public int Pid => process.Id;

    public static ApiProcess Start(string apiDll, Dictionary<string, string> env, int port, string log)
    {
        // exec: the shell becomes the API, so the pid is the API's and its output goes straight to the file.
        var psi = new ProcessStartInfo("/bin/sh");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("exec dotnet \"$0\" --urls \"http://127.0.0.1:$1\" >\"$2\" 2>&1");
        psi.ArgumentList.Add(apiDll);
        psi.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        psi.ArgumentList.Add(log);
        foreach (var (k, v) in env)
            psi.Environment[k] = v;
        var started = Stopwatch.GetTimestamp();
        return new ApiProcess(Process.Start(psi)!, port, started);
    }

    // From process start to the first 200 of /health/ready (database reachable, schema checked, scheduler running).
    public async Task<TimeSpan> WaitReady(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the API exited with {process.ExitCode} before it was ready (see artifacts/bench/api.log)");
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/health/ready");
                if (response.IsSuccessStatusCode)
                    return Stopwatch.GetElapsedTime(started);
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("the API was not ready in time");
    }

    // VmHWM: the peak resident set of the process since it started.
    public double PeakRssMiB() =>
        File.ReadLines($"/proc/{process.Id}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0).First();

    public async Task Stop()
    {
        if (process.HasExited)
            return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        await process.WaitForExitAsync(timeout.Token);
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill();
        process.Dispose();
    }
}

internal static class Machine
{
    public static string Describe()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memKb = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return $"{Environment.ProcessorCount} cores ({model}), {long.Parse(memKb, CultureInfo.InvariantCulture) / 1024 / 1024} GiB RAM, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public static string Commit(string root)
    {
        try
        {
            var psi = new ProcessStartInfo("git", ["-C", root, "describe", "--always", "--dirty"]) { RedirectStandardOutput = true };
            using var p = Process.Start(psi)!;
            var text = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}

internal sealed record Measured(string Name, PhaseResult Result, long RoundTrips, CpuUse Cpu, List<(long Calls, double Ms, string Query)> Statements)
{
    public double TripsPerCommand => Result.Commands == 0 ? double.NaN : (double)RoundTrips / Result.Commands;

    public string Line() =>
        $"{Name}: {Result.CommandsPerSecond:F0} commands/s, {Result.LifecyclesPerSecond:F1} lifecycles/s, p50 {Result.Percentile(0.50):F1} ms, " +
        $"p95 {Result.Percentile(0.95):F1}, p99 {Result.Percentile(0.99):F1}, max {Result.Max:F1}; errors {Result.Errors}, early {Result.Early}; " +
        $"{TripsPerCommand:F2} round trips/command; CPU api {Cpu.Api:F2} load generator {Cpu.Bench:F2} postgres {Cpu.Postgres:F2} other {Cpu.Other:F2} of {Environment.ProcessorCount} cores" +
        (Result.ErrorSamples.Count > 0 ? "\n  " + string.Join("\n  ", Result.ErrorSamples) : "");
}

internal sealed record Report(
    string Machine, string Database, string LoadBefore, string LoadAfter, string Commit, int Clients, int Seconds,
    double PgBench, Measured Control, Measured Peak, Measured Half, double PeakRssMiB, TimeSpan ColdStart, IReadOnlyList<Measured> ControlParts)
{
    public string Markdown()
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(inv, $"### Load run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit `{Commit}`");
        s.AppendLine();
        s.AppendLine(inv, $"{Machine}; {Database}; {Clients} clients, {Seconds} s per phase; load average before {LoadBefore}, after {LoadAfter}.");
        s.AppendLine();
        s.AppendLine("| phase | commands/s | lifecycles/s | p50 ms | p95 ms | p99 ms | max ms | errors | round trips/command | CPU cores: API / load generator / PostgreSQL / rest of machine |");
        s.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        s.AppendLine(inv, $"| pgbench insert (one JSONB row per transaction) | {PgBench:F0} | | | | | | | 1 | |");
        foreach (var m in new[] { Control, Peak, Half })
        {
            var r = m.Result;
            s.AppendLine(inv, $"| {m.Name} | {r.CommandsPerSecond:F0} | {(m == Control ? "" : r.LifecyclesPerSecond.ToString("F1", inv))} | {r.Percentile(0.5):F1} | {r.Percentile(0.95):F1} | {r.Percentile(0.99):F1} | {r.Max:F1} | {r.Errors} | {m.TripsPerCommand:F2} | {m.Cpu.Api:F2} / {m.Cpu.Bench:F2} / {m.Cpu.Postgres:F2} / {m.Cpu.Other:F2} |");
        }
        s.AppendLine();
        s.AppendLine(inv, $"Ratios: lifecycle commands / pgbench = {Peak.Result.CommandsPerSecond / PgBench:P1} (target ≥ 8 %); lifecycle / control = {Peak.Result.CommandsPerSecond / Control.Result.CommandsPerSecond:P1} (target ≥ 50 %); control / pgbench = {Control.Result.CommandsPerSecond / PgBench:P1}.");
        s.AppendLine(inv, $"Round trips per command at peak {Peak.TripsPerCommand:F2} (target ≤ 2.0). CPU per lifecycle command at peak: API {CpuMs(Peak, c => c.Api):F2} ms, PostgreSQL {CpuMs(Peak, c => c.Postgres):F2} ms (control: {CpuMs(Control, c => c.Api):F2} ms, {CpuMs(Control, c => c.Postgres):F2} ms).");
        s.AppendLine(inv, $"p99 at half of peak: {Half.Result.Percentile(0.99):F1} ms (target ≤ 20 ms). API peak RSS {PeakRssMiB:F0} MiB (target ≤ 250). Cold start to ready {ColdStart.TotalMilliseconds:F0} ms on an existing schema (target ≤ 2,000).");
        s.AppendLine(inv, $"Load generator: {Peak.Cpu.Bench / Math.Max(1e-9, Peak.Result.CommandsPerSecond) * 1e6:F0} µs of CPU per command at peak ({Peak.Cpu.Bench:F2} cores).");
        s.AppendLine();
        s.AppendLine("The control taken apart (same clients; logs at Warning write nothing, and no tracer runs without an exporter, so logging and tracing cost nothing here):");
        s.AppendLine();
        s.AppendLine("| request | requests/s | API CPU per request | PostgreSQL CPU per request | round trips |");
        s.AppendLine("|---|---|---|---|---|");
        foreach (var m in ControlParts)
            s.AppendLine(inv, $"| {m.Name} | {m.Result.CommandsPerSecond:F0} | {CpuMs(m, c => c.Api) * 1000:F0} µs | {CpuMs(m, c => c.Postgres) * 1000:F0} µs | {m.TripsPerCommand:F2} |");
        s.AppendLine();
        s.AppendLine("Statements during the peak lifecycle phase (pg_stat_statements, by total time; a function's or trigger's own statements are listed too):");
        s.AppendLine();
        s.AppendLine("| calls | per command | total ms | statement |");
        s.AppendLine("|---|---|---|---|");
        foreach (var (calls, ms, query) in Peak.Statements)
            s.AppendLine(inv, $"| {calls} | {(double)calls / Math.Max(1, Peak.Result.Commands):F2} | {ms:F0} | `{query.Replace("|", "\\|", StringComparison.Ordinal)}` |");
        return s.ToString();
    }

    // CPU milliseconds per command of one party (cores × 1000 / commands per second).
    private static double CpuMs(Measured m, Func<CpuUse, double> cores) => cores(m.Cpu) * 1000 / Math.Max(1e-9, m.Result.CommandsPerSecond);
}
