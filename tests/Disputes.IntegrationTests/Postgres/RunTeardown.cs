using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Disputes.IntegrationTests.Postgres.RunTeardown", "Disputes.IntegrationTests")]

namespace Disputes.IntegrationTests.Postgres;

// xunit's own test framework plus one step after the last test of this assembly: stopping the private server. xunit 2
// has no assembly fixtures, the runner kills the test process soon after the run (exit handlers do not get to
// finish), and it disposes the framework asynchronously; so the step runs inside the run, before the runner hears
// that the assembly finished, and the server is gone by the time `dotnet test` returns.
public sealed class RunTeardown(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        // As xunit's executor does it: completion is reported through the message sink, not the return value.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(
        ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics, IMessageSink execution, ITestFrameworkExecutionOptions options)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnostics, execution, options)
    {
        protected override Task BeforeTestAssemblyFinishedAsync()
        {
            TestDatabase.StopPrivateCluster();
            return base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
