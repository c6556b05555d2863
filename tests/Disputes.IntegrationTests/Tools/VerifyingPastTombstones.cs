using Disputes.Audit.Verification;
using Disputes.Hosting.Tools;
using Disputes.IntegrationTests.Reads;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Tools;

// Its own schema: "every chain intact" must be about this store only.
public sealed class VerifyingPastTombstones(ApiFixture<VerifyingPastTombstones> api) : IClassFixture<ApiFixture<VerifyingPastTombstones>>
{
    private async Task<(int Exit, string Output)> Verify()
    {
        var output = new StringWriter();
        var exit = await new VerifyHistory().Run(api.Services, new ToolArguments([]), output, CancellationToken.None);
        return (exit, output.ToString());
    }

    // A refused second opening leaves Marten's tombstones (filler rows for the sequence numbers it drew); they
    // are no dispute's history, carry no timestamp, and must neither fail the append trigger nor the check.
    [Fact]
    public async Task Given_a_refused_second_opening_on_an_order_When_verified_Then_every_chain_is_intact()
    {
        await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties("verify-verb-twice", SellerId: Seller));
        var second = await api.CreateClient().PostDispute(Requests.OpenDispute(Guid.CreateVersion7()).With("orderId", "verify-verb-twice"));
        second.StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);

        // Marten writes them after the failed commit, off the request's path.
        await Patience.Until(async () => await api.Scalar<long>("select count(*) from {schema}.mt_events where type = 'tombstone'") > 0,
            "the append trigger letting Marten's tombstones in", TimeSpan.FromMilliseconds(100));

        var result = await Verify();
        result.Output.Should().Contain("every chain intact");
        result.Exit.Should().Be(0);
    }
}
