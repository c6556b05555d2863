namespace Disputes.IntegrationTests.Webhooks;

// Polls a condition until it holds or the time is up; no fixed sleeps.
public static class Eventually
{
    public static async Task Holds(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            DateTime.UtcNow.Should().BeBefore(until, $"{what} should happen within {within ?? TimeSpan.FromSeconds(30)}");
            await Task.Delay(20);
        }
    }

    public static Task Holds(Func<bool> condition, string what, TimeSpan? within = null) =>
        Holds(() => Task.FromResult(condition()), what, within);
}
