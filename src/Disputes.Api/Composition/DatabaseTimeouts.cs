using Disputes.Hosting.Workers;
using Npgsql;

namespace Disputes.Api.Composition;

// How long a request may wait for PostgreSQL before it is answered 503: connecting (Npgsql's Timeout, 15 s by
// default) and running a command (Command Timeout, 30 s). Disputes:Database:TimeoutSeconds and
// :CommandTimeoutSeconds set them unless the connection string already does, so an outage is answered within a
// known bound instead of holding requests for Npgsql's defaults.
public static class DatabaseTimeouts
{
    public const int DefaultConnectSeconds = 5;
    public const int DefaultCommandSeconds = 30;

    public static string Apply(string connectionString, IConfiguration config)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new HashSet<string>(connectionString.Split(';').Select(p => p.Split('=')[0].Trim()), StringComparer.OrdinalIgnoreCase);
        if (!given.Contains("Timeout"))
            builder.Timeout = config.GetValue("Disputes:Database:TimeoutSeconds", DefaultConnectSeconds);
        if (!given.Contains("Command Timeout") && !given.Contains("CommandTimeout"))
            builder.CommandTimeout = config.GetValue("Disputes:Database:CommandTimeoutSeconds", DefaultCommandSeconds);
        return builder.ConnectionString;
    }
}
