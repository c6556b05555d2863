using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;

namespace Disputes.Hosting.Tests.Workers;

public sealed class WorkerOptionsValidationSpecs
{
    private sealed class Validation() : WorkerOptionsValidation<TestOptions>(TestOptions.Section)
    {
        protected override void CheckOwn(SettingErrors errors, TestOptions o) =>
            errors.Require(o.Parallelism % 2 == 0, nameof(o.Parallelism), "must be even.");
    }

    [Fact]
    public void Given_a_worker_s_defaults_When_validated_Then_they_pass()
    {
        new Validation().Validate(null, new TestOptions()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Given_shared_and_own_settings_out_of_bounds_When_validated_Then_each_is_named_by_its_full_key()
    {
        var result = new Validation().Validate(null, new TestOptions
        {
            Parallelism = 65,
            Lease = TimeSpan.Zero,
            MinIdle = TimeSpan.FromSeconds(30),
            MaxIdle = TimeSpan.FromSeconds(20),
        });

        result.Failures.Should().Equal(
            "Disputes:Test:Parallelism must be between 1 and 64 (was 65).",
            "Disputes:Test:Lease must be between 00:00:01 and 01:00:00 (was 00:00:00).",
            "Disputes:Test:MinIdle must not be longer than MaxIdle (00:00:20).",
            "Disputes:Test:Parallelism must be even.");
    }
}
