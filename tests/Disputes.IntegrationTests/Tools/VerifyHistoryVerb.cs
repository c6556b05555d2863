using Disputes.Audit.Verification;
using Disputes.Hosting.Tools;
using Disputes.IntegrationTests.Reads;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Tools;

public sealed class VerifyHistoryVerb(ApiFixture<VerifyHistoryVerb> api) : IClassFixture<ApiFixture<VerifyHistoryVerb>>
{
    private async Task<(int Exit, string Output)> Verify(params string[] words)
    {
        var output = new StringWriter();
        var exit = await new VerifyHistory().Run(api.Services, new ToolArguments(words), output, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Given_intact_histories_then_one_altered_event_When_verified_Then_exit_0_then_1_naming_that_event()
    {
        var intact = await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties("verify-verb-1", SellerId: Seller));
        var altered = await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties("verify-verb-2", SellerId: Seller));
        await api.MakeOffer(altered, Seller);

        var before = await Verify();
        before.Exit.Should().Be(0);
        before.Output.Should().Contain("every chain intact");

        await TestDatabase.Execute(
            $"update \"{api.Schema}\".mt_events set data = jsonb_set(data, '{{note}}', '\"All of it.\"') where stream_id = '{altered}' and type = 'seller_offer_made'");

        var after = await Verify();
        after.Exit.Should().Be(1);
        after.Output.Should().Contain($"BROKEN dispute {altered} at version 4").And.Contain("ContentHashMismatch").And.Contain("1 broken");
        (await Verify(intact.ToString())).Exit.Should().Be(0);
        (await Verify(altered.ToString())).Exit.Should().Be(1);
    }
}
