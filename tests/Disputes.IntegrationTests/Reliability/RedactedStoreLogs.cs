using Disputes.Api.Composition;
using Disputes.Hosting.Settings;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Disputes.IntegrationTests.Reliability;

// Found by the reliability suite: Marten's default logger wrote every failed command's parameters (event data, the
// buyer's own words) at Error level, tens of thousands of times for conflicts the executor retries by design.
public sealed class RedactedStoreLogs
{
    [Fact]
    public void Given_a_failed_command_with_personal_data_When_logged_Then_the_statement_is_named_and_no_parameter_is_written()
    {
        var logger = new CapturingLogger();
        var command = new NpgsqlCommand("insert into mt_events (data) values ($1)") { Parameters = { new NpgsqlParameter { Value = "{\"description\":\"Jane Doe, 12 Elm St\"}" } } };

        new RedactingMartenLogger(logger).LogFailure(command, new InvalidOperationException("boom"));

        logger.Lines.Should().ContainSingle().Which.Should().Contain("insert into mt_events").And.NotContain("Jane Doe");
    }

    [Fact]
    public void Given_an_expected_version_conflict_When_logged_Then_it_stays_below_warning()
    {
        var logger = new CapturingLogger();
        var conflict = new PostgresException("Stream version conflict", "ERROR", "ERROR", "MT003");

        new RedactingMartenLogger(logger).LogFailure(new NpgsqlCommand("select 1"), conflict);

        logger.Levels.Should().OnlyContain(level => level < LogLevel.Warning);
    }

    private sealed class CapturingLogger : ILogger
    {
        public List<string> Lines { get; } = [];
        public List<LogLevel> Levels { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Levels.Add(logLevel);
            Lines.Add(formatter(state, exception) + exception);
        }
    }
}
