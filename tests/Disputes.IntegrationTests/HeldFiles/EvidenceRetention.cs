using System.Net;
using Disputes.Audit.Verification;
using Disputes.Deadlines.Scheduling;
using Disputes.Hosting.Tools;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.HeldFiles;

// Files are deleted only by their retention clock, after their dispute closed, with an event in the same transaction;
// bytes another dispute still holds stay for it. A class of its own: it moves its clock years ahead.
public sealed class EvidenceRetention(ApiFixture<EvidenceRetention> api) : IClassFixture<ApiFixture<EvidenceRetention>>
{
    private static Guid Id(int n) => Guid.Parse($"0199e200-0000-7000-8000-{n:D12}");

    private Task<long> Blobs(string sha256) => api.Scalar<long>("select count(*) from {schema}.evidence_blobs where sha256 = $1", sha256);

    private Task<long> Chunks(string sha256) => api.Scalar<long>(
        "select count(*) from {schema}.evidence_chunks where content_key in (select content_key from {schema}.evidence_blobs where sha256 = $1)", sha256);

    private async Task Withdraw(Guid id) =>
        await Ok(For(api).Storefront(id, "withdraw", new() { ["actingAs"] = AsBuyer, ["reason"] = "It turned up." }));

    private async Task<DrainResult> DaysLater(int days)
    {
        api.Clock.Advance(Duration.FromDays(days));
        return await api.Services.GetRequiredService<DeadlineScheduler>().DrainDueAsync();
    }

    [Fact]
    public async Task Given_two_disputes_holding_the_same_photo_When_each_retention_runs_out_Then_the_bytes_go_with_the_last_and_each_deletion_is_an_event()
    {
        var (first, second) = (Id(1), Id(2));
        var photo = SampleFiles.JpegWithLocation(scanBytes: 30_000);
        var sha256 = EvidenceClient.Sha256(SampleFiles.JpegWithoutLocation(scanBytes: 30_000));
        var storefront = api.CreateClient();
        foreach (var id in new[] { first, second })
        {
            await Ok(storefront.PostDispute(Requests.OpenDispute(id)), HttpStatusCode.Created);
            await Ok(storefront.UploadFile(id, photo, "parcel.jpg", "image/jpeg"));
        }
        (await Blobs(sha256)).Should().Be(1, "the same bytes are stored once");

        // Both close, the second 400 days after the first: its own clocks stop then, its retention runs from then.
        await Withdraw(first);
        var closed = await storefront.GetJson($"/disputes/{first}");
        closed["deadlines"]!.AsArray().Should().ContainSingle(d => d!["kind"]!.GetValue<string>() == "EvidenceRetention");
        api.Clock.Advance(Duration.FromDays(400));
        await Withdraw(second);
        (await DaysLater(331)).Expired.Should().Be(1);

        (await api.Scalar<string>("select data->'files'->0->>'sha256' from {schema}.mt_events where stream_id = $1 and type = 'evidence_files_expired'", first))
            .Should().Be(sha256);
        (await Blobs(sha256)).Should().Be(1, "the second dispute still holds the photo");
        var firstItem = (await storefront.EvidenceList(first)).Single()!["evidenceId"]!.GetValue<Guid>();
        (await storefront.EvidenceList(first)).Single()!["content"].Should().BeNull("the item stays, its file is gone");
        (await storefront.GetAsync($"/disputes/{first}/evidence/{firstItem}/content")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var secondItem = (await storefront.EvidenceList(second)).Single()!["evidenceId"]!.GetValue<Guid>();
        (await storefront.GetAsync($"/disputes/{second}/evidence/{secondItem}/content")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await DaysLater(400)).Expired.Should().Be(1);

        (await Blobs(sha256)).Should().Be(0);
        (await api.Scalar<long>("select count(*) from {schema}.evidence_chunks")).Should().Be(0, "no chunk outlives its file");
        var output = new StringWriter();
        (await new VerifyHistory().Run(api.Services, new ToolArguments([]), output, CancellationToken.None)).Should().Be(0, output.ToString());
    }
}
