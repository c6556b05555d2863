using System.Globalization;

// Benchmarks behind `./disputes bench`; each prints its figures (docs/PERFORMANCE.md records them).
// Usage: dotnet run -c Release --project bench/Disputes.Bench -- [scenario [args]]
//   deadlines [count=100000] [instances=1,2]   drain N due deadlines with 1 and 2 API instances
//   rebuild [events=1000000]                    rebuild every projection from N events, beside a sequential read
//   load [clients=8] [seconds=30]               lifecycles over HTTP vs. pgbench and the bare control (issue 10)
//   what-if [disputes=100000]                   replay N stored disputes under their own and a candidate policy
//   upload [megabytes=200]                      memory while one large evidence file streams in (issue 17)
//   mediation [seed=7] [cases=60]               a seeded day of escalations at a desk of three mediators (issue 21)
//   (no scenario: load)
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        // WebApplicationFactory looks for the API's folder beside the solution; the binaries are enough here.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DISPUTES_API", AppContext.BaseDirectory);
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Disputes")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Disputes (./disputes bench does).");
        Console.WriteLine($"cores: {Environment.ProcessorCount}, runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");

        static int Number(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

        switch (args.FirstOrDefault())
        {
            case "deadlines":
                await DeadlineDrainBenchmark.Run(connectionString, Number(args, 1, 100_000), args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : [1, 2]);
                break;
            case "rebuild":
                await RebuildBenchmark.Run(connectionString, Number(args, 1, 1_000_000));
                break;
            case "what-if":
                await WhatIfBenchmark.Run(connectionString, Number(args, 1, 100_000));
                break;
            case "upload":
                await UploadBenchmark.Run(connectionString, Number(args, 1, 200));
                break;
            case "mediation":
                return await MediationDayBenchmark.Run(connectionString, Number(args, 1, 7), Number(args, 2, 60));
            case "load" or null:
                await LoadBenchmark.Run(connectionString, Number(args, 1, 8), Number(args, 2, 30));
                break;
            default:
                Console.Error.WriteLine($"Unknown scenario '{args[0]}': load [clients] [seconds], deadlines [count] [instances], rebuild [events], what-if [disputes], upload [megabytes], mediation [seed] [cases].");
                return 2;
        }
        return 0;
    }
}
