using System.Diagnostics;
using System.Net;
using Disputes.Api.Schema;
using Disputes.Api.Tools.Verbs;
using Disputes.Hosting.Tools;
using Disputes.IntegrationTests.Deadlines;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Operations;

// Production never changes the schema itself: `schema patch` writes the SQL, `schema apply` runs it with the
// migration role, and an instance refuses to start on a schema it does not match.
public sealed class SchemaMigrations : IAsyncLifetime
{
    private const string Patched = "schemamigrations_patched";
    private const string Automatic = "schemamigrations_auto";
    private const string Outdated = "schemamigrations_outdated";
    private static readonly Dictionary<string, string?> Production = new() { ["Disputes:Migrations:AutoCreate"] = "None" };

    public async Task InitializeAsync()
    {
        foreach (var schema in new[] { Patched, Automatic, Outdated })
            await DeadlineHost.DropSchema(schema);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(int Exit, string Output)> Run(IToolVerb verb, IServiceProvider services, params string[] words)
    {
        var output = new StringWriter();
        var exit = await verb.Run(services, new ToolArguments(words), output, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Given_an_empty_schema_When_migrated_by_the_written_patch_Then_it_equals_one_created_automatically_and_serves_commands()
    {
        await using var production = new DeadlineHost(Patched, new FakeClock(ApiFixture<object>.Now), Production);
        var patch = await Run(new SchemaPatch(), production.Services);
        patch.Exit.Should().Be(0);
        patch.Output.Should().Contain("dispute_deadlines").And.Contain("mt_events_hash_chain");
        await TestDatabase.Execute(patch.Output);

        await using var development = new DeadlineHost(Automatic, new FakeClock(ApiFixture<object>.Now));
        await development.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await Run(new SchemaCheck(), production.Services)).Should().Be((0, $"schema \"{Patched}\" is up to date\n"));
        var patched = await SchemaCatalog.Read(Patched);
        patched.Should().Contain(l => l.StartsWith("trigger mt_events mt_events_hash_chain", StringComparison.Ordinal));
        var automatic = await SchemaCatalog.Read(Automatic);
        patched.Except(automatic).Should().BeEmpty("the patch created nothing automatic creation does not");
        automatic.Except(patched).Should().BeEmpty("the patch created everything automatic creation does");
        patched.Should().Equal(automatic);

        // The patched schema is complete: a new production instance starts on it (the first one refused to, on the
        // empty schema) and a command goes through, its deadline row and hash included.
        await using var restarted = new DeadlineHost(Patched, new FakeClock(ApiFixture<object>.Now), Production);
        var id = Guid.Parse("0199e000-0000-7000-8000-000000000001");
        (await restarted.CreateClient().PostDispute(Requests.OpenDispute(id))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await restarted.Scalar<long>($"select count(*) from {{schema}}.dispute_deadlines where dispute_id = '{id}'")).Should().BeGreaterThan(0);
        (await restarted.Scalar<long>($"select count(*) from {{schema}}.mt_events where stream_id = '{id}' and headers ? 'hash'")).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Given_an_outdated_schema_When_a_production_instance_checks_it_Then_it_refuses_naming_the_command_until_schema_apply_ran()
    {
        var settings = new Dictionary<string, string?>(Production) { ["ConnectionStrings:DisputesMigrations"] = ApiFixture<object>.ConnectionString };
        await using var host = new DeadlineHost(Outdated, new FakeClock(ApiFixture<object>.Now), settings);

        var refusal = await SchemaGate.Refusal(host.Services);
        refusal.Should().Contain($"\"{Outdated}\" does not match").And.Contain("schema apply").And.Contain("schema patch");
        (await Run(new SchemaCheck(), host.Services)).Exit.Should().Be(1);

        var apply = await Run(new SchemaApply(), host.Services);
        apply.Should().Match<(int Exit, string Output)>(a => a.Exit == 0 && a.Output.StartsWith($"schema \"{Outdated}\" updated"));
        (await SchemaGate.Refusal(host.Services)).Should().BeNull();
        (await Run(new SchemaApply(), host.Services)).Output.Should().Contain("already up to date");
    }

    // The real process, as an orchestrator starts it: one line on standard error, exit code 3, no stack trace.
    [Fact]
    public async Task Given_an_outdated_schema_When_the_app_starts_in_Production_Then_it_exits_3_with_one_line_naming_the_command()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Disputes.Api.dll");
        var start = new ProcessStartInfo("dotnet", [app])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Disputes"] = ApiFixture<object>.ConnectionString,
                ["Disputes__Schema"] = Outdated,
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            },
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience.Bound);
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(3, await output);
        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle().Which.Should()
            .StartWith($"Disputes cannot start: The database schema \"{Outdated}\" does not match this version of Disputes")
            .And.Contain("`dotnet Disputes.Api.dll schema apply`");
    }
}
