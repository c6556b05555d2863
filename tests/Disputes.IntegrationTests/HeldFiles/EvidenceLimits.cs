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
    public async Task Given_an_upload_never_completed_and_an_unnamed_chunk_When_swept_Then_they_go_and_stored_files_stay()
    {
        var id = await Opened(3);
        var client = api.CreateClient();
        await Ok(client.UploadFile(id, SampleFiles.Pdf(12_000), "kept.pdf", "application/pdf", kind: "Document"));
        var upload = await client.CreateUpload(id, "abandoned.pdf", 10_000);
        var uploadId = upload["uploadId"]!.GetValue<Guid>();
        await Ok(client.SendPart(id, uploadId, 0, SampleFiles.Pdf(10_000).AsMemory(0, 4_000)));
        // What a killed instance leaves: a chunk under a key no blob names.
        await api.Sql("insert into {schema}.evidence_chunks (content_key, index, data) values ('0190a000-0000-7000-8000-000000000001', 0, '\\x00')");
        var stored = await StoredChunks() - 2;

        var output = new StringWriter();
        var exit = await new Disputes.EvidenceFiles.Uploads.SweepUploads().Run(api.Services, new Disputes.Hosting.Tools.ToolArguments(["--older-than", "0"]), output, CancellationToken.None);

        exit.Should().Be(0);
        output.ToString().Should().Contain("1 abandoned uploads and 2 unnamed chunks deleted");
        (await client.GetAsync($"/disputes/{id}/evidence/uploads/{uploadId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await StoredChunks()).Should().Be(stored);
        var kept = (await client.EvidenceList(id)).Single()!["evidenceId"]!.GetValue<Guid>();
        (await client.GetAsync($"/disputes/{id}/evidence/{kept}/content")).StatusCode.Should().Be(HttpStatusCode.OK);
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
        // A boundary and no body at all: the reader ends before any part (it was a 500).
        var nothing = new ByteArrayContent([]);
        nothing.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        var bodiless = await api.CreateClient().PostAsync($"/disputes/{id}/evidence/files", nothing);

        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((int)garbage.StatusCode).Should().BeOneOf(400, 415);
        bodiless.StatusCode.Should().Be(HttpStatusCode.BadRequest, await bodiless.Content.ReadAsStringAsync());
        (await StoredBlobs()).Should().Be(blobs);
    }
}
