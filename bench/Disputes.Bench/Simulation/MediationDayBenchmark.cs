using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Disputes.Api.Assignment;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using NodaTime.Testing;

// `./disputes bench mediation [seed] [cases]`: a seeded day at the desk (MediationDay) against the real API, in
// process, on a fake clock that the run moves through the day; prints the figures. Exit 1 when any case went to an
// ineligible mediator, outside the assignee's hours or beyond their capacity, or was never assigned.
internal static class MediationDayBenchmark
{
    private const string Issuer = "https://bench.local";
    private const string Audience = "disputes";

    public static async Task<int> Run(string connectionString, int seed, int cases)
    {
        var schema = $"bench_mediation_{seed}_{Environment.ProcessId}";
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var clock = new FakeClock(MediationDay.DayStart);
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Disputes", connectionString);
            builder.UseSetting("Disputes:Schema", schema);
            builder.UseSetting("Disputes:Scheduler:Enabled", "false");
            builder.UseSetting("Disputes:Webhooks:Enabled", "false");
            builder.UseSetting("Disputes:Projections:Daemon", "Disabled");
            builder.UseSetting("Disputes:Auth:Issuer", Issuer);
            builder.UseSetting("Disputes:Auth:Audience", Audience);
            builder.UseSetting("Disputes:Auth:SigningKey", key);
            // Auto-assignment on, its loop off: the run moves the clock and asks for a pass after every step.
            builder.UseSetting("Disputes:Assignment:AutoAssign", "true");
            builder.UseSetting("Disputes:Assignment:Enabled", "false");
            // Development: the schema is created on the fly; its console telemetry would bury the figures.
            builder.UseEnvironment("Development");
            builder.UseSetting("Disputes:Telemetry:Console", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(clock)));
        });
        var assigner = host.Services.GetRequiredService<AutoAssigner>();
        HttpClient ClientAs(string subject, string role)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", Token(key, subject, role));
            return client;
        }

        var figures = await new MediationDay(ClientAs, clock.Reset, () => assigner.AssignWaitingAsync()).RunAsync(seed, cases);
        Console.Write(figures.Report());
        await using (var connection = new Npgsql.NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"drop schema if exists \"{schema}\" cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }
        return figures.Ineligible == 0 && figures.OutsideHours == 0 && figures.OverCapacity == 0 && figures.StillWaiting == 0 ? 0 : 1;
    }

    private static string Token(string key, string subject, string role) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role)]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
}
