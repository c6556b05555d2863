namespace Disputes.Domain.Tests;

// Files of the repository the tests keep true (the docs), found from the test assembly upwards.
internal static class Repository
{
    public static string File(params string[] path) => Path.Combine([Root(), .. path]);

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Disputes.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No Disputes.sln above {AppContext.BaseDirectory}.");
    }
}
