using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Assignment;

// The host the desk's tests share: auto-assignment on but its hosted loop off (a test runs each pass itself), on a
// fake clock that starts on a Monday, 10:00 in Moscow, in a schema of its own.
internal static class DeskHost
{
    public static readonly Instant Monday = Instant.FromUtc(2026, 12, 7, 7, 0);

    public static TestHost Create(string prefix, FakeClock clock, string? daemon = "Disabled") =>
        new(new TestHostOptions($"{prefix}_{Guid.NewGuid():N}")
        {
            Clock = clock,
            Daemon = daemon,
            Settings = new Dictionary<string, string?> { ["Disputes:Assignment:AutoAssign"] = "true", ["Disputes:Assignment:Enabled"] = "false" },
        });
}
