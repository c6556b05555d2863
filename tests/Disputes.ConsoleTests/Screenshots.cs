using Microsoft.Playwright;

namespace Disputes.ConsoleTests;

// Full-page screenshots of each page the tests visit: artifacts of the run, for a person to look at. ./disputes test
// puts them beside the run's results (DISPUTES_SCREENSHOTS); otherwise they go to artifacts/console-screenshots.
public static class Screenshots
{
    public static string Directory { get; } = Resolve();

    private static string Resolve()
    {
        var dir = Environment.GetEnvironmentVariable("DISPUTES_SCREENSHOTS") is { Length: > 0 } given ? given : Path.Combine(RepositoryRoot(), "artifacts", "console-screenshots");
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Disputes.sln")))
                return dir.FullName;
        return Path.GetTempPath();
    }

    public static async Task<string> Save(IPage page, string name)
    {
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
