using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;
using JasperFx;

namespace Disputes.Api.Schema;

// Who may change the database schema. Development creates and updates it on the fly; everywhere else the app
// only reads it, and a release applies the patch first (README "Releasing a schema change").
public static class SchemaSettings
{
    public const string AutoCreateKey = "Disputes:Migrations:AutoCreate";
    public const string MigrationsConnection = "DisputesMigrations";

    public static AutoCreate AutoCreateFor(IConfiguration config, IHostEnvironment environment)
    {
        var configured = config[AutoCreateKey];
        if (string.IsNullOrWhiteSpace(configured))
            return environment.IsDevelopment() ? AutoCreate.CreateOrUpdate : AutoCreate.None;
        // Only the two modes we support: CreateOrUpdate never drops, None never writes. "All" would drop tables.
        return configured.Trim().ToLowerInvariant() switch
        {
            "createorupdate" => AutoCreate.CreateOrUpdate,
            "none" => AutoCreate.None,
            _ => throw new StartupConfigurationException($"{AutoCreateKey} must be CreateOrUpdate or None, was '{configured}'."),
        };
    }
}
