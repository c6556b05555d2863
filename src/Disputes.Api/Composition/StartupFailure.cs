using Disputes.Api.Schema;
using Disputes.Domain;
using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Composition;

// Checks that run before the host starts serving, each failing with one line an operator can act on (the bad
// key, the command to run) and exit code 3, instead of the host's "Hosting failed to start" and a stack trace.
public static class StartupFailure
{
    public const int ExitCode = 3;

    public static async Task<string?> Check(IServiceProvider services)
    {
        try
        {
            // The same validation the host runs on start, run here first so its failure is ours to print.
            services.GetService<IStartupValidator>()?.Validate();
            services.GetRequiredService<PolicyCatalog>();
            return await SchemaGate.Refusal(services);
        }
        catch (Exception e) when (Explain(e) is { } message)
        {
            return message;
        }
    }

    public static string? Explain(Exception e) => e switch
    {
        OptionsValidationException v => string.Join(" ", v.Failures),
        StartupConfigurationException or PolicyConfigurationException => e.Message,
        // The configuration binder names the key in its message: "Failed to convert configuration value at 'Disputes:Scheduler:BatchSize' …".
        InvalidOperationException when e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => e.Message,
        Npgsql.NpgsqlException or System.Net.Sockets.SocketException => $"cannot reach the database (ConnectionStrings:Disputes): {e.Message}",
        AggregateException many when many.InnerExceptions.Select(Explain).ToList() is var all && all.All(m => m is not null) => string.Join(" ", all),
        _ when e.InnerException is { } inner => Explain(inner),
        _ => null,
    };

    public static int Report(string message)
    {
        Console.Error.WriteLine($"Disputes cannot start: {message}");
        return ExitCode;
    }
}
