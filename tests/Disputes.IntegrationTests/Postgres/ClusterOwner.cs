using System.ComponentModel;
using System.Diagnostics;

namespace Disputes.IntegrationTests.Postgres;

// The operating-system user a private cluster belongs to. PostgreSQL refuses to run as root, so as root that is the
// `postgres` system user (the server package creates it) and every server tool runs through runuser; otherwise it
// is whoever runs the tests.
internal sealed class ClusterOwner
{
    private readonly string? runAs;

    private ClusterOwner(string? runAs) => this.runAs = runAs;

    public static ClusterOwner ForThisProcess()
    {
        if (Environment.UserName != "root")
            return new ClusterOwner(null);
        if (Exec(["id", "-u", "postgres"]).Exit != 0)
            throw new InvalidOperationException(
                "The integration tests run as root, and PostgreSQL refuses to: they need the 'postgres' system user to own their private " +
                "server (`apt-get install postgresql` creates it), or ConnectionStrings__Disputes set to a database to use instead.");
        return new ClusterOwner("postgres");
    }

    // The command line that runs a tool as the owner.
    public IReadOnlyList<string> CommandLine(params string[] tool) => runAs is null ? tool : ["runuser", "-u", runAs, "--", .. tool];

    // Runs a tool as the owner and returns its output; a failure throws with the output, which says why.
    public string Run(params string[] tool)
    {
        var (exit, output) = Exec(CommandLine(tool));
        return exit == 0 ? output : throw new InvalidOperationException($"`{string.Join(' ', tool)}` failed (exit {exit}): {output.Trim()}");
    }

    private static (int Exit, string Output) Exec(IReadOnlyList<string> commandLine)
    {
        // From /: the owner may not be allowed into the test's working directory (a checkout under /root, say).
        var start = new ProcessStartInfo(commandLine[0]) { WorkingDirectory = "/", RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in commandLine.Skip(1))
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (Win32Exception e)
        {
            return (127, $"{commandLine[0]}: {e.Message}");
        }
    }
}
