using System.Diagnostics;
using System.Security.Cryptography;
using Disputes.Reliability;
using Disputes.Reliability.Scenarios;

// The reliability suite: the API as a separate Release process on a real PostgreSQL, under concurrency, crashes,
// database outages, hostile input and forged tokens; every scenario prints what it did and found, and the store is
// checked against every answer given. Exit 1 on any finding. See docs/RELIABILITY.md.
// Usage: dotnet Disputes.Reliability.dll [--size quick|long] [--seed n] [--concurrency n] [--duration s]
//        [--operations n] [--fuzz n] [--writers n] [--disputes n] [--scenarios a,b] [--api-dll path]
var options = RunOptions.Parse(args);
var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Disputes");
if (string.IsNullOrEmpty(connectionString))
{
    Console.Error.WriteLine("Set ConnectionStrings__Disputes (./disputes reliability and ./disputes test do).");
    return 2;
}
var dll = options.ApiDll ?? LocateApi();
Console.WriteLine($"reliability: {options}");
Console.WriteLine($"api: {dll}");

const int MaxBodyBytes = 262_144;
// The main process's rate limit is a backstop no scenario's client reaches; "limits" judges the limiter elsewhere.
const int Burst = 500;
const int DatabaseTimeoutSeconds = 5;
var signingKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
var tokens = new Tokens("https://reliability.local", "disputes", signingKey);
var logPath = Path.Combine(Path.GetTempPath(), $"disputes-reliability-{Environment.ProcessId}.log");
File.Delete(logPath);
var environment = new Dictionary<string, string>
{
    ["ConnectionStrings__Disputes"] = connectionString,
    ["Disputes__Schema"] = $"reliability_{options.Seed}_{Environment.ProcessId}",
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Disputes__Auth__Issuer"] = "https://reliability.local",
    ["Disputes__Auth__Audience"] = "disputes",
    ["Disputes__Auth__SigningKey"] = signingKey,
    // Clocks in seconds, so deadlines fall due during the run (and across the crashes).
    ["Disputes__Policy__Version"] = "reliability-seconds",
    ["Disputes__Policy__SellerResponse"] = options.Size == "quick" ? "PT8S" : "PT20S",
    // One proposal per dispute: a second offer would be a revision, and the conflict scenario needs the seller's
    // answers (accept, offer, reject) to exclude each other. With none left, a rejection escalates at once.
    ["Disputes__Policy__MaxProposals"] = "1",
    ["Disputes__Limits__MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Disputes__Limits__PermitsPerSecond"] = "500",
    ["Disputes__Limits__Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    // Short leases and retries, so a notification cut off by kill -9 is retried within the scenario.
    ["Disputes__Webhooks__AttemptTimeout"] = "00:00:05",
    ["Disputes__Webhooks__Lease"] = "00:00:15",
    ["Disputes__Webhooks__FirstRetryDelay"] = "00:00:02",
    ["Disputes__Webhooks__MaxRetryDelay"] = "00:00:10",
    ["Disputes__Database__TimeoutSeconds"] = DatabaseTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Disputes__Database__CommandTimeoutSeconds"] = DatabaseTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
};

await using var api = new ApiProcess(dll, environment, logPath);
var total = Stopwatch.StartNew();
await api.Start(Patience.Bound);
// An answer that takes this long is a hang, not a slow machine.
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 128, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
{
    BaseAddress = api.BaseAddress,
    Timeout = TimeSpan.FromSeconds(100),
};
var ledger = new Ledger();
var run = new Run(options, api, new ApiClient(http, ledger, tokens), ledger, PostgresControl.FromEnvironment(), logPath);
var openApi = await OpenApi.Load(http);
var results = new List<Findings>();

async Task Scenario(string name, Func<Findings, Task> body)
{
    // The store and log checks cover whatever ran.
    if (!options.Scenarios.Contains(name) && name is not ("store" or "logs"))
        return;
    var findings = new Findings(name);
    var clock = Stopwatch.StartNew();
    try
    {
        await body(findings);
    }
    catch (Exception e)
    {
        findings.Fail($"the scenario itself failed: {e}");
    }
    findings.Print(clock.Elapsed);
    results.Add(findings);
}

await Scenario("conflicts", f => Conflicts.Run(run, f));
await Scenario("random", f => RandomOperations.Run(run, f));
await Scenario("idempotency", f => Idempotency.Run(run, f));
await Scenario("authorization", f => Authorization.Run(run, f, openApi));
await Scenario("hostile", f => Hostile.Run(run, f, openApi, MaxBodyBytes));
// The rate limit is judged on a second process of its own on the same schema, refilling one permit a second.
await Scenario("limits", f => Limits.Run(run, f, MaxBodyBytes, () => new ApiProcess(dll, new Dictionary<string, string>(environment)
{
    ["Disputes__Limits__PermitsPerSecond"] = "1",
    ["Disputes__Limits__Burst"] = Limits.Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    // Only the main process fires deadlines and delivers notifications: the other scenarios count on that.
    ["Disputes__Scheduler__Enabled"] = "false",
    ["Disputes__Webhooks__Enabled"] = "false",
}, logPath, applySchema: false)));
await Scenario("crash", f => Crash.Run(run, f));
// The bound: the database timeouts (connect, command) plus a second of slack for the rest of the request.
await Scenario("outage", f => Outage.Run(run, f, TimeSpan.FromSeconds(DatabaseTimeoutSeconds + 1)));
await Scenario("store", async f =>
{
    var events = await EventFeed.ReadAll(http, run.Auditor);
    var figures = StoreFigures.Check(ledger.All, events, f.Fail);
    f.Figure("checked", $"{ledger.All.Count} requests of every scenario against {events.Count} stored events in {events.Select(e => e.DisputeId).Distinct().Count()} streams");
    foreach (var part in figures.ToString().Split(' '))
        f.Figure(part.Split('=')[0], part.Split('=')[1]);
    var unexpected = ledger.All.Count(s => s.Status >= 500 && !(s.Scenario == "outage" && s.Status == 503));
    f.Figure("5xx over the whole run (503 during outages excluded)", unexpected);
    f.Expect(unexpected == 0, $"{unexpected} answers were 5xx outside the outages");
});
await Scenario("logs", f =>
{
    Logs.Run(run, f, signingKey, [tokens.For("storefront-0", "storefront"), run.Auditor]);
    return Task.CompletedTask;
});

var failed = results.Where(r => r.Failures.Count > 0).ToList();
Console.WriteLine($"reliability ({options.Size}, seed {options.Seed}): {results.Count - failed.Count} scenarios passed, {failed.Count} failed, " +
    $"{ledger.All.Count} requests, {api.Starts - 1} API restarts, in {total.Elapsed.TotalSeconds:F0}s");
return failed.Count == 0 ? 0 : 1;

static string LocateApi()
{
    // bin/<Configuration>/net10.0 of this project, beside the API's bin/<Configuration>/net10.0.
    var here = new DirectoryInfo(AppContext.BaseDirectory);
    var configuration = here.Parent!.Name;
    var root = here;
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "Disputes.sln")))
        root = root.Parent;
    if (root is null)
        throw new InvalidOperationException("Cannot find Disputes.sln above the harness; pass --api-dll.");
    return Path.Combine(root.FullName, "src", "Disputes.Api", "bin", configuration, here.Name, "Disputes.Api.dll");
}
