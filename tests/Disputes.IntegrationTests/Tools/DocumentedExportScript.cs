using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Disputes.Audit.Export;
using Disputes.Hosting.Tools;
using Disputes.IntegrationTests.Audit;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Tools;

// docs/audit.md gives auditors a Python script that recomputes every hash of an `events export`. This runs that very
// script, cut out of the page, on a real export of a store holding both hash formulas, Marten's tombstones and event
// data that is hard to render back (decimals, escapes, non-ASCII): intact passes, and any one tampered line fails
// naming its event.
public sealed class DocumentedExportScript(ApiFixture<DocumentedExportScript> api) : IClassFixture<ApiFixture<DocumentedExportScript>>, IAsyncLifetime
{
    // The store is built once for the class (its fixture's schema lives as long as the class).
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool seeded;

    private static readonly Guid Upgraded = Guid.Parse("0199f600-0000-7000-8000-000000000001");
    private static readonly Guid Lifecycle = Guid.Parse("0199f600-0000-7000-8000-000000000002");
    private static readonly Guid Foreign = Guid.Parse("0199f600-0000-7000-8000-000000000003");
    private readonly string directory = Directory.CreateTempSubdirectory("disputes-export-").FullName;

    public async Task InitializeAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (!seeded)
                await Seed();
            seeded = true;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private async Task Seed()
    {
        // Opened under formula 1, as before the upgrade; offered under formula 2, after it.
        var store = api.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await api.Sql(HistoryScenario.FormulaOneTrigger(api.Schema));
        await Ok(For(api).Open(Upgraded, orderId: $"order-{Upgraded}"), HttpStatusCode.Created);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await For(api).MakeOffer(Upgraded, "PartialRefund", 2000, "Half back — «ça va» ✓ \"quoted\"\nsecond line\t\\", correlationId: "corr \"odd\" \\ id");

        await HistoryScenario.FullLifecycle(api, Lifecycle);
        (await For(api).Open(Guid.CreateVersion7(), orderId: $"order-{Lifecycle}")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        await api.Sql(
            $$$"""
             select {schema}.mt_quick_append_events('{{{Foreign}}}', null, '*DEFAULT*', array[gen_random_uuid(), gen_random_uuid()],
                 array['note_a', 'note_b'], array['x', 'y'],
                 array['{"amount": 1.50, "tiny": 0.00000001, "big": 1e20, "neg": -0.0, "text": "naïve\nline \u0001 \"q\" \\ €", "z": [1e3, true, null, {}], "ä": "", "b": "x"}'::jsonb, '[]'::jsonb],
                 array[null, null]::bytea[], array[E'corr\twith tab\nand line', null], array[null, ''],
                 array['{"policyVersion": "p", "caller": {"sub": "ü", "role": "admin"}}'::jsonb, null])
             """);
        await PollForTombstones();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Given_a_real_export_When_the_documented_script_checks_it_Then_every_chain_is_intact()
    {
        var export = await Export();

        var (exit, output) = await RunScript(export);

        output.Should().Contain("3 disputes").And.Contain("intact");
        exit.Should().Be(0, output);
        var lines = (await File.ReadAllLinesAsync(export)).Select(l => JsonNode.Parse(l)!).ToList();
        lines.Select(l => l["type"]!.GetValue<string>()).Should().Contain("tombstone", "the export holds Marten's tombstones too");
        lines.Select(l => l["headers"]?["hashVersion"]?.GetValue<int>()).Should().Contain([null, 2], "both formulas are in the export");
    }

    // What changes on the line, and the stored event whose line it is (its dispute and stored type).
    public static TheoryData<string, Guid, string> Tampering => new()
    {
        { "data of a formula-1 event", Upgraded, "dispute_opened" },
        { "data of a formula-2 event", Upgraded, "seller_offer_made" },
        { "idempotency key of a formula-2 event", Lifecycle, "dispute_opened" },
        { "correlation id of a formula-2 event", Lifecycle, "mediator_assigned" },
        { "formula version of a formula-2 event", Lifecycle, "evidence_requested" },
        { "decimal in data appended by another tool", Foreign, "note_a" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Given_one_line_of_a_real_export_tampered_When_the_documented_script_checks_it_Then_it_fails_naming_that_event(string what, Guid stream, string type)
    {
        var export = await Export();
        var lines = await File.ReadAllLinesAsync(export);
        var index = Array.FindIndex(lines, l => JsonNode.Parse(l) is var e && e!["type"]!.GetValue<string>() == type && e["streamId"]!.GetValue<Guid>() == stream);
        var line = JsonNode.Parse(lines[index])!.AsObject();
        Tamper(what, line);
        lines[index] = line.ToJsonString();
        var tampered = Path.Combine(directory, $"tampered-{type}.ndjson");
        await File.WriteAllLinesAsync(tampered, lines);

        var (exit, output) = await RunScript(tampered);

        exit.Should().Be(1, output);
        output.Should().Contain($"BROKEN {line["streamId"]} version {line["version"]} (sequence {line["sequence"]}, {type}): content does not match its hash")
            .And.Contain("1 broken");
    }

    private static void Tamper(string what, JsonObject line)
    {
        var headers = line["headers"]!.AsObject();
        switch (what)
        {
            case "data of a formula-1 event":
                line["data"]!["reason"] = "Counterfeit";
                break;
            case "data of a formula-2 event":
                line["data"]!["refundAmount"]!["amount"] = 4999;
                break;
            case "idempotency key of a formula-2 event":
                headers["idempotencyKey"]!.GetValue<string>().Should().NotBe("storefront-1:someone-else");
                headers["idempotencyKey"] = "storefront-1:someone-else";
                break;
            case "correlation id of a formula-2 event":
                line["correlationId"] = "corr-forged";
                break;
            case "formula version of a formula-2 event":
                headers.Remove("hashVersion");
                break;
            case "decimal in data appended by another tool":
                line["data"]!["amount"] = JsonNode.Parse("1.5");
                break;
        }
    }

    private async Task<string> Export()
    {
        var path = Path.Combine(directory, $"export-{Guid.NewGuid():N}.ndjson");
        var exit = await new ExportEvents().Run(api.Services, new ToolArguments(["--out", path]), TextWriter.Null, CancellationToken.None);
        exit.Should().Be(0);
        return path;
    }

    private async Task<(int Exit, string Output)> RunScript(string export)
    {
        var script = Path.Combine(directory, "verify-export.py");
        await File.WriteAllTextAsync(script, ScriptFromTheDocs());
        var start = new ProcessStartInfo("python3", [script, export]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    // Between the page's markers, inside its ```python fence.
    private static string ScriptFromTheDocs()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "audit.md"));
        const string begin = "<!-- verify-export.py: begin -->", end = "<!-- verify-export.py: end -->";
        var from = page.IndexOf(begin, StringComparison.Ordinal);
        var to = page.IndexOf(end, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0, $"docs/audit.md marks its script with {begin}");
        to.Should().BeGreaterThan(from, $"docs/audit.md ends its script with {end}");
        var block = page[(from + begin.Length)..to].Trim();
        block.Should().StartWith("```python\n").And.EndWith("```");
        return block["```python\n".Length..^3];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Disputes.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No Disputes.sln above {AppContext.BaseDirectory}.");
    }

    // Marten writes them after the failed commit, off the request's path.
    private async Task PollForTombstones()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await api.Sequences("select seq_id from {schema}.mt_events where type = 'tombstone'")).Count > 0)
                return;
            await Task.Delay(100);
        }
        Assert.Fail("Marten wrote no tombstones for the refused opening.");
    }
}
