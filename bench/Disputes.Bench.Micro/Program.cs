using BenchmarkDotNet.Running;

// `./disputes bench micro [BenchmarkDotNet args]`: time and allocations per command of the pure decider and of
// event serialization, in-process, no database. With no args every benchmark runs with the short job (about two minutes).
var sizes = new SerializationBenchmarks();
sizes.Setup();
Console.WriteLine($"JSON sizes: {sizes.Sizes}");
BenchmarkSwitcher.FromAssembly(typeof(DeciderBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*", "--job", "short"] : args);
