namespace Disputes.IntegrationTests.Webhooks;

// Polls a condition until it holds (Patience bounds the wait); no fixed sleeps.
public static class Eventually
{
    public static Task Holds(Func<Task<bool>> condition, string what) =>
        Patience.Until(condition, what, TimeSpan.FromMilliseconds(20));

    public static Task Holds(Func<bool> condition, string what) =>
        Holds(() => Task.FromResult(condition()), what);
}
