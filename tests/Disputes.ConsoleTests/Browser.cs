using Microsoft.Playwright;

namespace Disputes.ConsoleTests;

// Debian's chromium driven by Playwright: the browser is the system's, never one Playwright downloads. ./disputes test
// installs the package when it is missing (as root); elsewhere DISPUTES_CHROMIUM names another binary.
public sealed class Browser : IAsyncDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    // Generous: the pages wait on a real API on a busy two-core machine; nothing here measures speed.
    public const float Timeout = 30_000;

    private readonly IPlaywright playwright;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Chromium = browser;
    }

    public IBrowser Chromium { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("DISPUTES_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static async Task<Browser> Launch()
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"No Chromium at {path}. Install Debian's package (sudo apt-get install -y chromium; ./disputes test does it as root) or set DISPUTES_CHROMIUM to a Chromium binary.");
        var playwright = await Playwright.CreateAsync();
        // Headless and a fresh profile (a temporary --user-data-dir) are Playwright's own for a non-persistent launch.
        var args = new List<string>
        {
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        };
        if (Environment.UserName == "root")
            args.Add("--no-sandbox");
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Args = args, Headless = true, Timeout = 120_000 });
        return new Browser(playwright, browser);
    }

    public async Task<IPage> NewPage(int width = 1280, int height = 900)
    {
        var context = await Chromium.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "en-GB", TimezoneId = "Europe/Berlin", AcceptDownloads = true });
        context.SetDefaultTimeout(Timeout);
        Assertions.SetDefaultExpectTimeout(Timeout);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        playwright.Dispose();
    }
}
