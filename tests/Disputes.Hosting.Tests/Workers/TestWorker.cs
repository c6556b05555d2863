using Disputes.Hosting.Workers;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Hosting.Tests.Workers;

public sealed class TestOptions() : WorkerOptions(parallelism: 2, lease: TimeSpan.FromMinutes(1), maxIdle: TimeSpan.FromSeconds(10))
{
    public const string Section = "Disputes:Test";
}

public sealed record TestTally(int Done) : IWorkerTally<TestTally>
{
    public static TestTally None { get; } = new(0);

    public TestTally Add(TestTally other) => new(Done + other.Done);
}

public sealed class TestState() : WorkerState<TestTally>(new InstanceIdentity(Options.Create(new InstanceOptions { Id = "api-test" })), "test worker");
