namespace Disputes.IntegrationTests;

// How long a test waits for something that must happen eventually: a deadline to fire, a notification to arrive,
// a process to exit. A poll ends as soon as its condition holds, so the bound never slows a passing test; it only
// turns a hang into a failure. Generous on purpose: CI is a shared, busy 2-core machine, and no verdict may depend
// on how fast it is today.
public static class Patience
{
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    public static async Task Until(Func<Task<bool>> condition, string what, TimeSpan? pollEvery = null)
    {
        var until = DateTime.UtcNow + Bound;
        while (!await condition())
        {
            DateTime.UtcNow.Should().BeBefore(until, $"{what} should happen within {Bound} (a hang, not slowness)");
            await Task.Delay(pollEvery ?? TimeSpan.FromMilliseconds(50));
        }
    }
}
