using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Disputes.IntegrationTests.Postgres;

// Where initdb, pg_ctl and postgres are: where pg_config says, else the newest /usr/lib/postgresql/<major>/bin
// (Debian and Ubuntu keep the server binaries off PATH, one directory per major version).
internal static class ServerBinaries
{
    public const string Missing =
        "The integration tests need PostgreSQL: either set ConnectionStrings__Disputes to a database they may create " +
        "schemas in, or install the PostgreSQL server binaries (initdb, pg_ctl, postgres), e.g. `apt-get install postgresql` " +
        "on Debian or Ubuntu, so that they start a private server themselves. Looked in `pg_config --bindir` and /usr/lib/postgresql/*/bin.";

    public static string Find() =>
        new[] { PgConfigBinDir() }.Concat(DebianBinDirs()).FirstOrDefault(d => d is not null && HasServer(d))
        ?? throw new InvalidOperationException(Missing);

    private static bool HasServer(string? dir) =>
        dir is not null && new[] { "initdb", "pg_ctl", "postgres" }.All(tool => File.Exists(Path.Combine(dir, tool)));

    private static string? PgConfigBinDir()
    {
        try
        {
            using var pgConfig = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var dir = pgConfig.StandardOutput.ReadToEnd().Trim();
            pgConfig.WaitForExit();
            return pgConfig.ExitCode == 0 ? dir : null;
        }
        catch (Win32Exception)
        {
            return null; // not on PATH
        }
    }

    private static IEnumerable<string> DebianBinDirs() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => double.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
}
