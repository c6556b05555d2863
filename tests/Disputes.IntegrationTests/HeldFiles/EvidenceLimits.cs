using System.Net;
using System.Net.Http.Headers;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.HeldFiles;

// The limits on what a dispute may hold, each refused before or while the file streams in, with nothing kept.
public sealed class EvidenceLimits(ApiFixture<EvidenceLimits> api) : IClassFixture<ApiFixture<EvidenceLimits>>
{
    public static IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Disputes:Evidence:MaxBytesPerDispute"] = "50000",
        ["Disputes:Evidence:ChunkBytes"] = "8192",
    };

    private static Guid Id(int n) => Guid.Parse($"0199e100-0000-7000-8000-{n:D12}");

    private async Task<Guid> Opened(int n)
    {
        var id = Id(n);
        await Ok(api.CreateClient().PostDispute(Requests.OpenDispute(id)), HttpStatusCode.Created);
        return id;
    }

    private Task<long> StoredBlobs() => api.Scalar<long>("select count(*) from {schema}.evidence_blobs");

    private Task<long> StoredChunks() => api.Scalar<long>("select count(*) from {schema}.evidence_chunks");

    [Fact]
    public async Task Given_a_dispute_near_its_total_When_a_file_would_pass_it_Then_413_naming_the_limit_and_nothing_is_kept()
    {
        var id = await Opened(1);
        var client = api.CreateClient();
        await Ok(client.UploadFile(id, SampleFiles.Pdf(30_000), "first.pdf", "application/pdf", kind: "Document"));
        var (blobs, chunks) = (await StoredBlobs(), await StoredChunks());

        var second = await client.UploadFile(id, SampleFiles.Pdf(30_001), "second.pdf", "application/pdf", kind: "Document");
        var declared = await client.PostAsync($"/disputes/{id}/evidence/uploads",
            new StringContent("""{"fileName": "big.pdf", "sizeBytes": 30000}""", System.Text.Encoding.UTF8, "application/json"));

        second.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await second.Json())["limitBytes"]!.GetValue<long>().Should().Be(20_000);
        declared.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await StoredBlobs()).Should().Be(blobs);
        (await StoredChunks()).Should().Be(chunks, "the chunks written before the limit was passed are deleted");
    }

    [Fact]
    public async Task Given_a_stale_If_Match_or_an_unknown_dispute_When_a_file_is_uploaded_Then_412_or_404_and_nothing_is_kept()
    {
        var id = await Opened(2);
        var blobs = await StoredBlobs();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/disputes/{id}/evidence/files")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent("Buyer"), "actingAs.party" },
                { new StringContent(Buyer), "actingAs.id" },
                { new StringContent("Document"), "kind" },
                { new ByteArrayContent(SampleFiles.Pdf(9_000)), "file", "late.pdf" },
            },
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"99\""));

        var stale = await api.CreateClient().SendAsync(request);
        var unknown = await api.CreateClient().UploadFile(Id(99), SampleFiles.Pdf(9_000), "late.pdf", "application/pdf", kind: "Document");
        var empty = await api.CreateClient().UploadFile(id, [], "empty.pdf", "application/pdf", kind: "Document");
        var garbage = await api.CreateClient().PostAsync($"/disputes/{id}/evidence/files",
            new StringContent("--x\r\nnot a part", System.Text.Encoding.UTF8, "multipart/form-data"));

        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((int)garbage.StatusCode).Should().BeOneOf(400, 415);
        (await StoredBlobs()).Should().Be(blobs);
    }
}
