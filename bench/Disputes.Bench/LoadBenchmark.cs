using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

// Issue 10: full dispute lifecycles over HTTP against the production-configured API in its own process, beside the
// database's physical limit (pgbench, one-row JSONB insert per transaction) and a bare control endpoint in the same
// host (one Marten append per request), at the same client count. docs/PERFORMANCE.md explains the method.
internal static class LoadBenchmark
{
    private const string Schema = "disputes_load";
    internal const string Issuer = "https://identity.bench";
    internal const string Audience = "disputes";
    internal const string SigningKey = "bench-signing-key-at-least-32-bytes-long-0123456789";
    private static readonly TimeSpan AppealWindow = TimeSpan.FromSeconds(1);
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task Run(string connectionString, int clients, int seconds)
    {
        var root = Environment.GetEnvironmentVariable("DISPUTES_ROOT") ?? Directory.GetCurrentDirectory();
        var apiDll = Path.Combine(root, "src/Disputes.Api/bin/Release/net10.0/Disputes.Api.dll");
        if (!File.Exists(apiDll))
            throw new InvalidOperationException($"{apiDll} is missing: build src/Disputes.Api in Release (./disputes bench does).");
        var pgbench = Environment.GetEnvironmentVariable("DISPUTES_PGBENCH") ?? "/usr/bin/pgbench";
        var artifacts = Directory.CreateDirectory(Path.Combine(root, "artifacts/bench")).FullName;
        var machine = Machine.Describe();
        var loadBefore = Machine.LoadAverage();
        Console.WriteLine($"load: {clients} clients, {seconds} s per phase; {machine}; load average {loadBefore}");

        var durability = await Durability(connectionString);
        durability += $"; API connection adds `{ApiSettings}`";
        Console.WriteLine($"PostgreSQL: {durability}");
        await ResetSchemas(connectionString);

        // 1. The physical limit, before anything else warms the caches of the API.
        var pg = await PgBench(pgbench, connectionString, clients, seconds, artifacts);
        Console.WriteLine($"pgbench: {pg:F0} inserts/s (one-row JSONB insert per transaction, {clients} clients)");

        // 2. Schema as a release applies it; the API in Production refuses to create it.
        var env = ApiEnvironment(connectionString);
        await RunTool(apiDll, env, ["schema", "apply"], Path.Combine(artifacts, "schema-apply.log"));

        var port = FreePort();
        using var api = ApiProcess.Start(apiDll, env, port, Path.Combine(artifacts, "api.log"));
        var coldStart = await api.WaitReady(TimeSpan.FromSeconds(60));
        Console.WriteLine($"cold start to ready: {coldStart.TotalMilliseconds:F0} ms (existing schema)");

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var tokens = new Tokens();
        (await http.SendAsync(tokens.Storefront(HttpMethod.Post, "/bench/control/prepare"))).EnsureSuccessStatusCode();

        // Warm-up (JIT, pools, caches), not recorded.
        await Phase.Control(http, tokens, clients, TimeSpan.FromSeconds(3));
        await Phase.Lifecycles(http, tokens, clients, TimeSpan.FromSeconds(Math.Min(8, seconds)), rate: null);

        var control = await Measure("control", api, http, connectionString, () => Phase.Control(http, tokens, clients, TimeSpan.FromSeconds(seconds)));
        var bareHttp = await Measure("control: HTTP only", api, http, connectionString,
            () => Phase.ControlPart(http, tokens, "http", clients, TimeSpan.FromSeconds(Math.Min(10, seconds))));
        var withAuth = await Measure("control: HTTP + auth", api, http, connectionString,
            () => Phase.ControlPart(http, tokens, "authorized", clients, TimeSpan.FromSeconds(Math.Min(10, seconds))));
        var peak = await Measure("lifecycle (peak)", api, http, connectionString, () => Phase.Lifecycles(http, tokens, clients, TimeSpan.FromSeconds(seconds), rate: null));
        var half = await Measure("lifecycle (half of peak)", api, http, connectionString,
            () => Phase.Lifecycles(http, tokens, clients, TimeSpan.FromSeconds(seconds), rate: peak.Result.CommandsPerSecond / 2));
        var rss = api.PeakRssMiB();
        await api.Stop();
        var loadAfter = Machine.LoadAverage();

        var report = new Report(machine, durability, loadBefore, loadAfter, Machine.Commit(root), clients, seconds, pg, control, peak, half, rss, coldStart, [bareHttp, withAuth, control]);
        Console.WriteLine();
        Console.WriteLine(report.Markdown());
        if (Environment.GetEnvironmentVariable("DISPUTES_BENCH_RECORD") != "0")
        {
            await File.AppendAllTextAsync(Path.Combine(root, "docs/PERFORMANCE.md"), "\n" + report.Markdown());
            Console.WriteLine("appended to docs/PERFORMANCE.md (DISPUTES_BENCH_RECORD=0 skips that)");
        }
    }

    private static string? pgDir;

    private static async Task<Measured> Measure(string name, ApiProcess api, HttpClient http, string connectionString, Func<Task<PhaseResult>> phase)
    {
        await using (var reset = new NpgsqlConnection(connectionString))
        {
            await reset.OpenAsync();
            await using var cmd = new NpgsqlCommand("select pg_stat_statements_reset()", reset);
            await cmd.ExecuteNonQueryAsync();
        }
        var tripsBefore = await RoundTrips(http);
        var cpu = CpuSample.Take(api.Pid, pgDir);
        var result = await phase();
        var cpuUse = CpuSample.Take(api.Pid, pgDir).Since(cpu);
        var trips = await RoundTrips(http) - tripsBefore - 1; // the "before" read itself
        var statements = await TopStatements(connectionString);
        var measured = new Measured(name, result, trips, cpuUse, statements);
        Console.WriteLine(measured.Line());
        return measured;
    }

    private static async Task<long> RoundTrips(HttpClient http)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/bench/round-trips"));
        return doc.RootElement.GetProperty("commands").GetInt64();
    }

    // What the database spent its time on during the phase (pg_stat_statements; nested statements of functions and
    // triggers are counted too, so times overlap).
    private static async Task<List<(long Calls, double Ms, string Query)>> TopStatements(string connectionString)
    {
        var rows = new List<(long, double, string)>();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            select calls, total_exec_time, regexp_replace(left(query, 110), '\s+', ' ', 'g')
            from pg_stat_statements
            where query not ilike '%pg_stat_statements%' and calls > 0
            order by total_exec_time desc limit 16
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetInt64(0), reader.GetDouble(1), reader.GetString(2)));
        return rows;
    }

    private static async Task<string> Durability(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using (var ext = new NpgsqlCommand("create extension if not exists pg_stat_statements", conn))
            await ext.ExecuteNonQueryAsync();
        await using (var dir = new NpgsqlCommand("show data_directory", conn))
            pgDir = Directory.Exists((string)(await dir.ExecuteScalarAsync())!) ? (string)(await dir.ExecuteScalarAsync())! : null;
        var settings = new List<string>();
        foreach (var name in new[] { "server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers" })
        {
            await using var cmd = new NpgsqlCommand($"show {name}", conn);
            settings.Add($"{name}={await cmd.ExecuteScalarAsync()}");
        }
        return string.Join(", ", settings);
    }

    private static async Task ResetSchemas(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"""
            drop schema if exists {Schema} cascade; drop schema if exists {Schema}_bench cascade;
            drop table if exists bench_insert;
            create table bench_insert (id bigserial primary key, data jsonb not null);
            """, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    // The ceiling for any event store on this disk: one durable commit of one JSONB row per transaction.
    private static async Task<double> PgBench(string pgbench, string connectionString, int clients, int seconds, string artifacts)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var script = Path.Combine(artifacts, "pgbench-insert.sql");
        // About the size of a stored dispute event (a MakeOffer with its headers).
        await File.WriteAllTextAsync(script, """
            INSERT INTO bench_insert (data) VALUES ('{"disputeId":"0199a000-0000-7000-8000-000000000001","by":{"id":"seller-3","kind":"Seller"},"at":"2026-11-25T16:57:52.7781555Z","kind":"PartialRefund","refundAmount":{"amount":500,"currency":"EUR"},"note":"Part back.","policyVersion":"2026-11-01","correlationId":"0199a000-0000-7000-8000-000000000002","hash":"5f2c0000000000000000000000000000000000000000000000000000000000aa"}');
            """ + "\n");
        var psi = new ProcessStartInfo(pgbench)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "-n", "-M", "prepared", "-c", clients.ToString(Inv), "-j", Math.Min(clients, Environment.ProcessorCount).ToString(Inv),
                     "-T", seconds.ToString(Inv), "-f", script, "-h", cs.Host!, "-p", cs.Port.ToString(Inv), "-U", cs.Username ?? "postgres", cs.Database! })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        var errors = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        await File.WriteAllTextAsync(Path.Combine(artifacts, "pgbench.log"), output + errors);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("tps = ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"pgbench failed ({p.ExitCode}): {errors}");
        return double.Parse(line["tps = ".Length..].Split(' ')[0], Inv);
    }

    // The API's connection string as deployed (docker-compose.yml): with Npgsql auto-prepare. DISPUTES_BENCH_API_CONNECTION
    // replaces these extra settings (e.g. "Max Auto Prepare=0" to measure without), to try pool and protocol settings
    // without a rebuild.
    private const string ProductionSettings = "Max Auto Prepare=32";

    private static string ApiSettings => Environment.GetEnvironmentVariable("DISPUTES_BENCH_API_CONNECTION") is { Length: > 0 } extra ? extra : ProductionSettings;

    private static Dictionary<string, string> ApiEnvironment(string connectionString) => ApiEnvironmentFor($"{connectionString};{ApiSettings}");

    private static Dictionary<string, string> ApiEnvironmentFor(string connectionString) => new()
    {
        // Production as deployed: JSON logs at Warning, telemetry instrumentation on, schema never created by the app.
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Disputes"] = connectionString,
        ["ConnectionStrings__DisputesMigrations"] = connectionString,
        ["Disputes__Schema"] = Schema,
        ["Disputes__Auth__Issuer"] = Issuer,
        ["Disputes__Auth__Audience"] = Audience,
        ["Disputes__Auth__SigningKey"] = SigningKey,
        ["Disputes__Telemetry__JsonLogs"] = "true",
        ["Logging__LogLevel__Default"] = "Warning",
        // The last step of a lifecycle (refund paid) needs the appeal window closed by the scheduler.
        ["Disputes__Policy__Version"] = "bench-appeal-1s",
        ["Disputes__Policy__AppealWindow"] = "PT1S",
        ["Disputes__Bench__ControlEndpoint"] = "true",
        // One token stands for every client of the run, so the per-client limit (1,000/s) would measure itself: the
        // control outran it, and each of its clients stopped at its first 429.
        ["Disputes__Limits__PermitsPerSecond"] = "0",
    };

    private static async Task RunTool(string apiDll, Dictionary<string, string> env, string[] args, string log)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(apiDll);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in env)
            psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync() + await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        await File.WriteAllTextAsync(log, output);
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', args)} exited with {p.ExitCode}: see {log}");
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    internal sealed class Tokens
    {
        private readonly string storefront = Token("storefront-bench", "storefront");
        private readonly string mediator = Token("mediator-bench", "mediator");

        public HttpRequestMessage Storefront(HttpMethod method, string path, string? json = null) => Request(method, path, json, storefront);
        public HttpRequestMessage Mediator(string path, string json) => Request(HttpMethod.Post, path, json, mediator);

        private static HttpRequestMessage Request(HttpMethod method, string path, string? json, string token)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (json is not null)
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return request;
        }

        private static string Token(string subject, string role) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LoadBenchmark.Issuer,
            Audience = LoadBenchmark.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role)]),
            Expires = DateTime.UtcNow.AddHours(6),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    internal static TimeSpan AppealWait => AppealWindow;
}
