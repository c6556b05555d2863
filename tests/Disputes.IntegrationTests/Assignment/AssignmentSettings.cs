using Disputes.Api.Assignment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Disputes.IntegrationTests.Assignment;

// The assigner's settings as the app validates them before it starts (README, Configuration; docs/assignment.md).
public sealed class AssignmentSettings : IAsyncLifetime
{
    private readonly TestHost host = new(new TestHostOptions("assignment_settings"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    private List<string> Failures(AssignmentOptions options) =>
        [.. host.Services.GetServices<IValidateOptions<AssignmentOptions>>().SelectMany(v => v.Validate(null, options).Failures ?? [])];

    [Fact]
    public void Given_bad_assignment_settings_When_the_app_validates_them_Then_each_is_named_by_its_full_key()
    {
        Failures(new AssignmentOptions { Parallelism = 2, DefaultTimeToClaim = TimeSpan.Zero }).Should().Equal(
            "Disputes:Assignment:Parallelism must be between 1 and 1 (was 2).",
            "Disputes:Assignment:DefaultTimeToClaim must be between 00:00:01 and 7.00:00:00 (was 00:00:00).");
        Failures(new AssignmentOptions()).Should().BeEmpty();
        new AssignmentOptions().AutoAssign.Should().BeFalse("auto-assignment is the desk's choice, off until turned on");
    }
}
