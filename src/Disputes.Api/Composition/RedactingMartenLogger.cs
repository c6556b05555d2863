using Marten;
using Marten.Services;
using Npgsql;

namespace Disputes.Api.Composition;

// Marten's default logger writes every failed command with its parameters at Error level: event data, so the
// buyers' own words, and thousands of stack traces for the version conflicts the executor retries by design
// (the reliability run found both). This one names the statement and the error, never a parameter value, and
// keeps expected conflicts at Debug. The request's own failure is still logged once by ProblemExceptionHandler.
public sealed class RedactingMartenLogger(ILogger logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Executed schema update SQL:\n{Sql}", sql);

    public void LogSuccess(NpgsqlCommand command) { }

    public void LogSuccess(NpgsqlBatch batch) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void LogFailure(NpgsqlCommand command, Exception ex) => Failure(command.CommandText, ex);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        Failure(batch.BatchCommands.Count > 0 ? batch.BatchCommands[0].CommandText : "(empty batch)", ex);

    public void LogFailure(Exception ex, string message) =>
        logger.Log(Level(ex), "{Message}: {Error}", message, Describe(ex));

    private void Failure(string statement, Exception ex) =>
        logger.Log(Level(ex), "Marten command failed: {Error}\n{Statement}", Describe(ex), statement);

    // A lost append race or a duplicate key is the executor's everyday business, retried or answered as a conflict.
    private static LogLevel Level(Exception ex) => ex is PostgresException { SqlState: "23505" or "MT003" or "40001" } ? LogLevel.Debug : LogLevel.Warning;

    // MessageText is the server's primary message; Detail (with "Include Error Detail") can quote row values.
    private static string Describe(Exception ex) => ex is PostgresException pg ? $"{pg.SqlState}: {pg.MessageText}" : $"{ex.GetType().Name}: {ex.Message}";
}
