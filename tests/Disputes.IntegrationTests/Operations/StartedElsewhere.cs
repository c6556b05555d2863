using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.Operations;

// Operators run `dotnet /opt/disputes/Disputes.Api.dll` from wherever their service manager starts it. The app
// must read the appsettings.json beside its own binary, not whatever the working directory holds (nothing, here):
// before, it silently skipped them. A copy of the build output whose appsettings.json holds a bad scheduler
// setting, started as its own process from an empty directory, must refuse to start naming that setting.
public sealed class StartedElsewhere : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("disputes-started-elsewhere-").FullName;

    private static string ApiOutput()
    {
        // tests/Disputes.IntegrationTests/bin/<Configuration>/<tfm>, beside src/Disputes.Api/bin/<Configuration>/<tfm>.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var solution = here;
        while (solution is not null && !File.Exists(Path.Combine(solution.FullName, "Disputes.sln")))
            solution = solution.Parent;
        solution.Should().NotBeNull("the tests run from inside the repository");
        var output = Path.Combine(solution!.FullName, "src", "Disputes.Api", "bin", here.Parent!.Name, here.Name);
        File.Exists(Path.Combine(output, "Disputes.Api.dll")).Should().BeTrue($"the API is built beside the tests ({output})");
        return output;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.EnumerateDirectories(from))
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    [Fact]
    public async Task Given_the_app_started_from_another_directory_When_its_appsettings_hold_a_bad_value_Then_it_refuses_naming_that_setting()
    {
        var app = Path.Combine(root, "app");
        Copy(ApiOutput(), app);
        var settingsFile = Path.Combine(app, "appsettings.json");
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(settingsFile))!.AsObject();
        settings["Disputes"]!["Scheduler"] = new JsonObject { ["BatchSize"] = 0 };
        await File.WriteAllTextAsync(settingsFile, settings.ToJsonString());
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;

        var info = new ProcessStartInfo("dotnet", [Path.Combine(app, "Disputes.Api.dll")])
        {
            WorkingDirectory = elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Only what this test sets: nothing inherited may supply the setting or another content root.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("Disputes__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
                     || k.EndsWith("CONTENTROOT", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Nothing listens on port 1: the app must stop on its settings before it ever needs the database.
        info.Environment["ConnectionStrings__Disputes"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // The verdict is what it says, not how fast: a cold start on a busy machine may take a while.
        using var patience = new CancellationTokenSource(Patience.Bound);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var said = await output + await error;
        process.ExitCode.Should().Be(3, said);
        said.Should().Contain("Disputes cannot start: Disputes:Scheduler:BatchSize must be between 1 and 1000 (was 0).");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
