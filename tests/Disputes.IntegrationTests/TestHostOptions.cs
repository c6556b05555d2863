using NodaTime;

namespace Disputes.IntegrationTests;

// What one test host differs in from another (TestHost). The defaults are the quiet host most tests want: nothing
// runs in the background, and its default client is the storefront backend.
public sealed record TestHostOptions(string Schema)
{
    // null: the test database (TestDatabase).
    public string? ConnectionString { get; init; }

    // null: the system clock. A FakeClock lets a test say what "now" is.
    public IClock? Clock { get; init; }

    // The hosted deadline loop: tests usually move the clock and drain the due deadlines themselves.
    public bool Scheduler { get; init; }

    // The webhook dispatcher (the outbox fills either way).
    public bool Webhooks { get; init; }

    // The hosted reminder loop: tests move the clock and drain due reminders themselves (the rows fill either way).
    public bool Reminders { get; init; }

    // Disputes:Projections:Daemon; null leaves the app's own default. The async projections are tested where they
    // are awaited; elsewhere a daemon is only load.
    public string? Daemon { get; init; } = "Disabled";

    // Any other configuration; applied last, so it overrides everything above.
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    // Who the default client calls as (TestTokens); null: no token.
    public (string Subject, string Role)? Caller { get; init; } = ("storefront-1", "storefront");
}
