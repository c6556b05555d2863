using NodaTime;
using Disputes.Api.Commands;
using Disputes.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Disputes.IntegrationTests;

// If-Match semantics of the shared write path, driven below HTTP until a command endpoint takes If-Match.
public sealed class ConditionalWrites(ApiFixture<ConditionalWrites> api) : IClassFixture<ApiFixture<ConditionalWrites>>
{
    private static readonly Guid Id = Guid.Parse("0199a000-0000-7000-8000-000000000020");

    private static OpenDispute Open() => new(Id, "order-20", "buyer-7", "seller-3", DisputeReason.NotAsDescribed, "Wrong colour.",
        new Money(2500, "EUR"), Remedy.FullRefund, null, Instant.FromUtc(2026, 11, 25, 10, 0), Actor.Buyer("buyer-7"));

    private async Task<CommandOutcome> Execute(long? expectedVersion)
    {
        await using var scope = api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().ExpectedVersion = expectedVersion;
        return await scope.ServiceProvider.GetRequiredService<DisputeCommandExecutor>().Execute(Open(), CancellationToken.None);
    }

    [Fact]
    public async Task Given_a_stale_expected_version_When_executed_Then_version_mismatch_and_with_the_current_one_it_proceeds()
    {
        var opened = (Written)await Execute(expectedVersion: null);

        var stale = await Execute(expectedVersion: opened.View.Version - 1);
        var current = await Execute(expectedVersion: opened.View.Version);

        stale.Should().BeOfType<VersionMismatch>().Which.ExpectedVersion.Should().Be(opened.View.Version - 1);
        current.Should().BeOfType<Written>().Which.View.Version.Should().Be(opened.View.Version);
    }
}
