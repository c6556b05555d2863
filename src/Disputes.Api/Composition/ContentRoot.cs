using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;

namespace Disputes.Api.Composition;

// The host takes its content root — where appsettings*.json are read from — from the working directory. Started
// as `dotnet /opt/disputes/Disputes.Api.dll` from anywhere else it silently read no settings file at all (and
// logged at Information, its default). The app's own directory is where its settings are, so that is the content
// root unless one is given explicitly (--contentRoot, DOTNET_CONTENTROOT or ASPNETCORE_CONTENTROOT, as the host
// reads them; the test host passes its own). User secrets are found by the assembly's id, not by this path.
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Configured(args) ? null : AppContext.BaseDirectory,
    };

    private static bool Configured(string[] args) =>
        !string.IsNullOrEmpty(new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey]);
}
