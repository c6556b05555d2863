using System.Net;
using Disputes.Audit.ReplayCheck;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// The case language on stored openings: an opening without one is stored without the key (as every opening before
// languages was), one with it carries the normalised tag, and replay-check finds both histories clean.
public sealed class CaseLanguageReplay(ApiFixture<CaseLanguageReplay> api) : IClassFixture<ApiFixture<CaseLanguageReplay>>
{
    [Fact]
    public async Task Given_openings_with_and_without_a_language_When_stored_and_replay_checked_Then_the_old_shape_is_kept_and_both_replay_clean()
    {
        var plain = Guid.CreateVersion7();
        var russian = Guid.CreateVersion7();
        await Ok(api.CreateClient().PostDispute(Requests.OpenDispute(plain)), HttpStatusCode.Created);
        await Ok(api.CreateClient().PostDispute(Requests.OpenDispute(russian).With("language", "RU")), HttpStatusCode.Created);
        await Ok(For(api).Storefront(russian, "escalate", new() { ["actingAs"] = AsSeller, ["reason"] = "Let the platform look." }));

        (await api.Scalar<bool>("select data ? 'language' from {schema}.mt_events where stream_id = $1 and version = 1", plain)).Should().BeFalse();
        (await api.Scalar<string>("select data ->> 'language' from {schema}.mt_events where stream_id = $1 and version = 1", russian)).Should().Be("ru");

        var report = await ReplayCheckRunner.Run(api.Services.GetRequiredService<IDocumentStore>(), _ => { }, CancellationToken.None);
        report.Streams.Should().Be(2);
        report.Clean.Should().Be(2);
    }
}
