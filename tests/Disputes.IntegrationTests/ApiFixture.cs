using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace Disputes.IntegrationTests;

// The real app against real PostgreSQL, one schema per test class (named after it) so classes can run
// in parallel and a rerun starts clean. The clock is fake: tests say what "now" is.
public sealed class ApiFixture<TTests> : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 10, 0);

    public FakeClock Clock { get; } = new(Now);
    public string Schema { get; } = typeof(TTests).Name.ToLowerInvariant();

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Disputes")
        ?? throw new InvalidOperationException("Set ConnectionStrings__Disputes to a PostgreSQL database (./disputes test does).");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Disputes", ConnectionString);
        builder.UseSetting("Disputes:Schema", Schema);
        TestTokens.Trust(builder);
        // Tests move the clock and fire deadlines themselves (Deadlines/*); no background firing here.
        builder.UseSetting("Disputes:Scheduler:Enabled", "false");
        // Webhook tests run hosts of their own with the dispatcher on (Webhooks/WebhookHost).
        builder.UseSetting("Disputes:Webhooks:Enabled", "false");
        // Async projections are tested where they are awaited (Projections/*); elsewhere a daemon is only load.
        builder.UseSetting("Disputes:Projections:Daemon", "Disabled");
        // A test class that needs settings of its own declares them: public static IReadOnlyDictionary<string, string?> HostSettings.
        if (typeof(TTests).GetProperty("HostSettings", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IReadOnlyDictionary<string, string?> settings)
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(Clock)));
    }

    // The default client is a storefront service; tests of other roles ask for their own.
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        TestTokens.Authorize(client, "storefront-1", "storefront");
    }

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists \"{Schema}\" cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
