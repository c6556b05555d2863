using Disputes.Api.Tools.Verbs;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Tools;
using Disputes.Hosting.Workers;

namespace Disputes.Api.Tools;

// The operator commands of the API host: the host's own (schema, projections) and those each module registers
// (IToolVerb in its services). They share the app's configuration and store setup, so a tool reads and writes exactly
// the schema the API serves, and they run without the web server or background work.
public static class ToolVerbs
{
    public static IServiceCollection AddHostToolVerbs(this IServiceCollection services)
    {
        services.AddSingleton<IToolVerb, ListProjections>();
        services.AddSingleton<IToolVerb, RebuildProjections>();
        services.AddSingleton<IToolVerb, SchemaCheck>();
        services.AddSingleton<IToolVerb, SchemaPatch>();
        services.AddSingleton<IToolVerb, SchemaApply>();
        return services;
    }

    // Anything but an option ("--key value") as the first argument is a verb (or a mistyped one, answered with the
    // list): the verbs are only known once the modules are registered, after the host's arguments are taken.
    public static bool Requested(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    // The host's configuration takes only "--key value" pairs; a verb's own words stay out of it.
    public static string[] HostArguments(string[] args) => Requested(args) ? [] : args;

    public static async Task<int> Run(IServiceProvider services, string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var all = services.GetServices<IToolVerb>().OrderBy(v => v.Group, StringComparer.Ordinal).ToList();
        if (args is ["tools"])
        {
            Usage(all, Console.Out);
            return 0;
        }
        var verb = args.Length >= 2 ? all.FirstOrDefault(v => v.Group == args[0] && v.Name == args[1]) : null;
        if (verb is null)
        {
            Usage(all, Console.Error);
            return 2;
        }
        try
        {
            if (verb.UpdatesSchemaFirst)
                await EnsureSchema(services);
            return await verb.Run(services, new ToolArguments(args.Skip(2)), Console.Out, cancel.Token);
        }
        catch (ToolUsageException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\nUsage: {verb.Group} {verb.Name} {verb.Usage}");
            return 2;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
        // An operator needs the cause in one line (no database, wrong credentials), not a stack trace.
        catch (Exception e) when (e is InvalidOperationException or StartupConfigurationException or Npgsql.NpgsqlException or System.Net.Sockets.SocketException or IOException
            or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 3;
        }
    }

    // Like the API on its first request, a tool creates or updates the schema when the store is configured to.
    private static async Task EnsureSchema(IServiceProvider services)
    {
        var store = services.GetRequiredService<Marten.IDocumentStore>();
        if (((Marten.StoreOptions)store.Options).AutoCreateSchemaObjects != JasperFx.AutoCreate.None)
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    private static void Usage(IEnumerable<IToolVerb> all, TextWriter error)
    {
        error.WriteLine("Operator commands of the Disputes API host (configuration as for the API: ConnectionStrings__Disputes, Disputes__Schema):");
        foreach (var verb in all)
            error.WriteLine($"  {verb.Group} {verb.Name} {verb.Usage}\n      {verb.Summary}");
    }
}
