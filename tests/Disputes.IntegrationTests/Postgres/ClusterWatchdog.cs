using System.ComponentModel;
using System.Diagnostics;

namespace Disputes.IntegrationTests.Postgres;

// Removes a private cluster once the test process is gone, however it went: kill -9, a test host the runner killed,
// Ctrl+C reaching it before its own teardown ran. A detached shell (its own session, so terminal signals and the
// runner's process-tree kill miss it) reads a pipe only this process writes to; the kernel closes that pipe when the
// process ends, and at end of file the shell stops the server and deletes the directory. After a normal teardown
// there is nothing left for it to do.
internal sealed class ClusterWatchdog
{
    private const string Script =
        """
        exec >/dev/null 2>&1
        cat
        cd /
        "$@" -D "$0/data" -m immediate -w -t 30 -s stop
        rm -rf "$0"
        """;

    private readonly Process? shell;

    private ClusterWatchdog(Process? shell) => this.shell = shell;

    public static ClusterWatchdog Watch(string directory, IReadOnlyList<string> pgCtl)
    {
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = "/",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--fork", "sh", "-c", Script, directory }.Concat(pgCtl))
            start.ArgumentList.Add(argument);
        try
        {
            return new ClusterWatchdog(Process.Start(start));
        }
        catch (Win32Exception)
        {
            return new ClusterWatchdog(null); // no setsid (not Linux): the in-process teardown is all there is
        }
    }

    // After a normal teardown: the shell wakes, finds nothing to stop or delete, and exits.
    public void Release()
    {
        shell?.StandardInput.Close();
        shell?.Dispose();
    }
}
