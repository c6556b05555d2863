using Disputes.Deadlines.Scheduling;
using Disputes.Webhooks.Delivery;
using Disputes.Webhooks.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Disputes.IntegrationTests.Operations;

// The validation the app runs on its workers' settings before it starts, as the app composes it: what an operator reads
// on the one line the app prints before exiting (README, Configuration).
public sealed class WorkerSettings : IAsyncLifetime
{
    private readonly TestHost host = new(new TestHostOptions("worker_settings"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    private List<string> Failures<T>(T options) where T : class =>
        [.. host.Services.GetServices<IValidateOptions<T>>().SelectMany(v => v.Validate(null, options).Failures ?? [])];

    [Fact]
    public void Given_a_bad_scheduler_setting_When_the_app_validates_it_Then_it_is_named_once()
    {
        Failures(new SchedulerOptions { BatchSize = 0 }).Should().Equal("Disputes:Scheduler:BatchSize must be between 1 and 1000 (was 0).");
    }

    [Fact]
    public void Given_bad_webhook_settings_When_the_app_validates_them_Then_each_is_named_by_its_full_key_like_every_other_section()
    {
        Failures(new WebhookOptions { Parallelism = 0, AttemptTimeout = TimeSpan.FromSeconds(40) }).Should().Equal(
            "Disputes:Webhooks:Parallelism must be between 1 and 64 (was 0).",
            "Disputes:Webhooks:Lease must be at least twice AttemptTimeout (00:00:40), or a slow attempt could be overtaken by the next notification.");
        Failures(new WebhookOptions()).Should().BeEmpty();
    }

    [Fact]
    public void Given_bad_reminder_lead_times_When_the_app_validates_them_Then_the_key_and_the_item_are_named()
    {
        Failures(new ReminderOptions { LeadTimes = "P1D,P1M" }).Should().Equal(
            "Disputes:Reminders:LeadTimes must be ISO-8601 durations separated by commas (P1D,PT2H) or \"none\": 'P1M': years and months have no fixed length; use days (e.g. P30D).");
        Failures(new ReminderOptions { LeadTimes = "none" }).Should().BeEmpty();
        Failures(new ReminderOptions()).Should().BeEmpty();
    }
}
