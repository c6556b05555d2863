using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Disputes.IntegrationTests;

// The real app (Program) in memory, as every integration test builds it: on one schema of the test database, trusting
// the tokens TestTokens issues. Several hosts on one schema are several instances on one database. ApiFixture,
// DeadlineHost and WebhookHost are named configurations of it.
public class TestHost(TestHostOptions options) : WebApplicationFactory<Program>
{
    public string Schema => options.Schema;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Disputes", options.ConnectionString ?? TestDatabase.ConnectionString);
        builder.UseSetting("Disputes:Schema", Schema);
        TestTokens.Trust(builder);
        builder.UseSetting("Disputes:Scheduler:Enabled", options.Scheduler ? "true" : "false");
        builder.UseSetting("Disputes:Webhooks:Enabled", options.Webhooks ? "true" : "false");
        builder.UseSetting("Disputes:Reminders:Enabled", options.Reminders ? "true" : "false");
        if (options.Daemon is { } daemon)
            builder.UseSetting("Disputes:Projections:Daemon", daemon);
        foreach (var (key, value) in options.Settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        if (options.Clock is { } clock)
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (options.Caller is var (subject, role))
            TestTokens.Authorize(client, subject, role);
    }

    public static Task DropSchema(string schema) => TestDatabase.DropSchema(schema);

    // SQL on this host's schema: {schema} stands for it (quoted), $1, $2… for the arguments.
    public Task<int> Sql(string sql, params object[] args) => TestDatabase.Execute(InSchema(sql), args);

    public Task<T> Scalar<T>(string sql, params object[] args) => TestDatabase.Scalar<T>(InSchema(sql), args);

    public Task<List<object[]>> Rows(string sql, params object[] args) => TestDatabase.Rows(InSchema(sql), args);

    private string InSchema(string sql) => sql.Replace("{schema}", $"\"{Schema}\"", StringComparison.Ordinal);
}
