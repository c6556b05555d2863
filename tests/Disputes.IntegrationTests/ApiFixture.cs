using System.Reflection;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests;

// The real app against real PostgreSQL, one schema per test class (named after it) so classes can run
// in parallel and a rerun starts clean. The clock is fake: tests say what "now" is. Nothing fires in the
// background: tests move the clock and fire deadlines themselves (Deadlines/*), webhook tests run hosts of
// their own with the dispatcher on (Webhooks/WebhookHost).
public sealed class ApiFixture<TTests> : TestHost, IAsyncLifetime
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 10, 0);

    public ApiFixture() : this(new FakeClock(Now))
    {
    }

    private ApiFixture(FakeClock clock)
        : base(new TestHostOptions(typeof(TTests).Name.ToLowerInvariant()) { Clock = clock, Settings = DeclaredSettings() }) => Clock = clock;

    // A test class that needs settings of its own declares them: public static IReadOnlyDictionary<string, string?> HostSettings.
    private static IReadOnlyDictionary<string, string?>? DeclaredSettings() =>
        typeof(TTests).GetProperty("HostSettings", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyDictionary<string, string?>;

    public FakeClock Clock { get; }

    public static string ConnectionString => TestDatabase.ConnectionString;

    public Task InitializeAsync() => DropSchema(Schema);

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
