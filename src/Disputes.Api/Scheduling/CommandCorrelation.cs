namespace Disputes.Api.Scheduling;

// The correlation id the write path stamps on the events it appends (Marten's correlation_id column).
// Ambient (AsyncLocal) so it reaches DisputeCommandExecutor through the Mediator pipeline without widening
// every command; the scheduler sets it per expiry, and an HTTP request id could later set it the same way.
public static class CommandCorrelation
{
    private static readonly AsyncLocal<string?> current = new();

    public static string? Current => current.Value;

    public static IDisposable Begin(string correlationId)
    {
        var previous = current.Value;
        current.Value = correlationId;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => current.Value = previous;
    }
}
