using Npgsql;

namespace Disputes.Api.Errors;

// PostgreSQL down, restarting, refusing connections or not answering within the configured timeout: not the
// client's fault and not a bug, but a moment to retry. Found anywhere in the chain, because Marten wraps the
// Npgsql error (MartenCommandException) or reports it while rolling back (ObjectDisposedException).
public static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true })
                return true;
            // Connection lost or refused, server shutting down or starting, too many connections.
            if (e is PostgresException pg && (pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState == "53300"))
                return true;
            if (e is TimeoutException)
                return true;
        }
        return false;
    }
}
