using Disputes.Audit.ReplayCheck;
using Disputes.Domain;
using Disputes.Hosting.Tools;
using Disputes.IntegrationTests.Audit;
using Disputes.IntegrationTests.Reads;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Tools;

public sealed class ReplayCheckVerb(ApiFixture<ReplayCheckVerb> api) : IClassFixture<ApiFixture<ReplayCheckVerb>>
{
    [Fact]
    public async Task Given_clean_histories_then_one_appended_behind_the_decider_When_checked_Then_exit_0_then_1_naming_the_stream()
    {
        var clean = await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties("replay-verb-1", SellerId: Seller));
        await api.MakeOffer(clean, Seller);
        var withdrawn = await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties("replay-verb-2", SellerId: Seller));
        await api.Withdraw(withdrawn, "buyer-1");

        var output = new StringWriter();
        (await new global::Disputes.Audit.ReplayCheck.ReplayCheckVerb().Run(api.Services, new ToolArguments([]), output, CancellationToken.None)).Should().Be(0);
        output.ToString().Should().Contain("2 streams").And.Contain("2 clean, 0 drifted");

        // An offer on a closed dispute: today's rules refuse it, so the history drifted.
        await using (var session = api.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.Append(withdrawn, new SellerOfferMade(withdrawn, OfferKind.PartialRefund, new Money(100, "EUR"), "Late.", Actor.Seller(Seller), api.Clock.GetCurrentInstant()));
            await session.SaveChangesAsync();
        }
        output = new StringWriter();
        (await new global::Disputes.Audit.ReplayCheck.ReplayCheckVerb().Run(api.Services, new ToolArguments([]), output, CancellationToken.None)).Should().Be(1);
        output.ToString().Should().Contain(withdrawn.ToString()).And.Contain("action-not-allowed-in-state").And.Contain("1 clean, 1 drifted");
    }
}
