using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Disputes.Audit.Verification;
using Disputes.Hosting.Tools;
using Disputes.IntegrationTests.Audit;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.HeldFiles;

// Files the engine holds, end to end on real PostgreSQL: a request may carry 64 KB here and a chunk is 16 KB, so a
// 200 KB file needs the large-file flow and every file spans chunks.
public sealed class EvidenceFiles(ApiFixture<EvidenceFiles> api) : IClassFixture<ApiFixture<EvidenceFiles>>
{
    public static IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Disputes:Evidence:MaxRequestBytes"] = "65536",
        ["Disputes:Evidence:ChunkBytes"] = "16384",
    };

    private static Guid Id(int n) => Guid.Parse($"0199e000-0000-7000-8000-{n:D12}");

    private HttpClient Storefront => api.CreateClient();

    private async Task<Guid> Opened(int n)
    {
        var id = Id(n);
        await Ok(api.CreateClient().PostDispute(Requests.OpenDispute(id)), HttpStatusCode.Created);
        return id;
    }

    private async Task<Guid> UnderMediation(int n)
    {
        var id = await Opened(n);
        var http = For(api);
        await http.Escalate(id, "Let a mediator look.");
        await Ok(http.Mediator("mediator-1", id, "claim"));
        return id;
    }

    private async Task<byte[]> Download(HttpClient client, Guid disputeId, Guid evidenceId, string? range = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/disputes/{disputeId}/evidence/{evidenceId}/content");
        if (range is not null)
            request.Headers.Range = RangeHeaderValue.Parse(range);
        var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(range is null ? HttpStatusCode.OK : HttpStatusCode.PartialContent, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<long> Version(Guid id) => (await api.CreateClient().GetJson($"/disputes/{id}"))["version"]!.GetValue<long>();

    [Fact]
    public async Task Given_a_photo_with_its_location_When_uploaded_and_downloaded_Then_the_exif_is_gone_and_every_other_byte_round_trips()
    {
        var id = await Opened(1);
        var evidenceId = Guid.Parse("0199e001-0000-7000-8000-000000000001");

        var dispute = await Ok(Storefront.UploadFile(id, SampleFiles.JpegWithLocation(), "parcel.jpg", "image/jpeg", evidenceId: evidenceId));

        var expected = SampleFiles.JpegWithoutLocation();
        var item = (await Storefront.EvidenceList(id)).Single()!.AsObject();
        item["held"]!.GetValue<bool>().Should().BeTrue();
        item["mediaType"]!.GetValue<string>().Should().Be("image/jpeg");
        item["sizeBytes"]!.GetValue<long>().Should().Be(expected.Length);
        item["sha256"]!.GetValue<string>().Should().Be(EvidenceClient.Sha256(expected));
        item["uri"].Should().BeNull();
        var downloaded = await Download(Storefront, id, evidenceId);
        downloaded.Should().Equal(expected);
        Encoding.ASCII.GetString(downloaded).Should().NotContain("GPS").And.NotContain("Exif");
        (await Download(Storefront, id, evidenceId, "bytes=100-4195")).Should().Equal(expected[100..4196]);
        dispute["version"]!.GetValue<long>().Should().Be(await Version(id));
    }

    [Fact]
    public async Task Given_a_png_with_a_text_chunk_When_uploaded_Then_the_stored_png_has_no_text()
    {
        var id = await Opened(2);
        var evidenceId = Guid.Parse("0199e001-0000-7000-8000-000000000002");

        await Ok(Storefront.UploadFile(id, SampleFiles.Png(withText: true), "label.png", "image/png", kind: "Document", evidenceId: evidenceId));

        (await Download(Storefront, id, evidenceId)).Should().Equal(SampleFiles.Png(withText: false));
    }

    [Fact]
    public async Task Given_a_file_larger_than_a_request_may_be_When_sent_in_parts_and_completed_Then_it_downloads_byte_for_byte()
    {
        var id = await Opened(3);
        var file = SampleFiles.Pdf(200_000);
        var tooLarge = await Storefront.UploadFile(id, file, "invoice.pdf", "application/pdf", kind: "Invoice", party: "Seller", partyId: Seller);
        tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);

        var upload = await Storefront.CreateUpload(id, "invoice.pdf", file.Length);
        var uploadId = upload["uploadId"]!.GetValue<Guid>();
        const int part = 60_000;
        for (var offset = 0; offset < file.Length; offset += part)
            await Ok(Storefront.SendPart(id, uploadId, offset, file.AsMemory(offset, Math.Min(part, file.Length - offset))));
        // A part sent again after its answer was lost is refused with where to go on from.
        var repeated = await Storefront.SendPart(id, uploadId, 0, file.AsMemory(0, part));
        repeated.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await repeated.Json())["expectedOffset"]!.GetValue<long>().Should().Be(file.Length);

        await Ok(Storefront.CompleteUpload(id, uploadId, "Invoice", party: "Seller", partyId: Seller));

        var item = (await Storefront.EvidenceList(id)).Single()!.AsObject();
        item["mediaType"]!.GetValue<string>().Should().Be("application/pdf");
        item["sha256"]!.GetValue<string>().Should().Be(EvidenceClient.Sha256(file));
        (await Download(Storefront, id, item["evidenceId"]!.GetValue<Guid>())).Should().Equal(file);
        (await Storefront.GetAsync($"/disputes/{id}/evidence/uploads/{uploadId}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a completed upload is gone");
    }

    [Fact]
    public async Task Given_a_script_sent_as_a_photo_or_a_png_sent_as_a_jpeg_When_uploaded_Then_415_and_the_dispute_is_unchanged()
    {
        var id = await Opened(4);
        var before = await Version(id);

        var script = await Storefront.UploadFile(id, SampleFiles.Html, "photo.jpg", "image/jpeg");
        var disguised = await Storefront.UploadFile(id, SampleFiles.Png(withText: false), "photo.jpg", "image/jpeg");

        script.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await script.Json())["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/unsupported-media-type");
        disguised.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await Version(id)).Should().Be(before);
        (await Storefront.EvidenceList(id)).Should().BeEmpty();
        (await api.Scalar<long>("select count(*) from {schema}.evidence_blobs where sha256 = $1", EvidenceClient.Sha256(SampleFiles.Html))).Should().Be(0);
    }

    [Fact]
    public async Task Given_an_upload_refused_by_the_rules_When_sent_Then_nothing_is_stored()
    {
        var id = await Opened(5);
        var file = SampleFiles.Pdf(30_000);

        var refused = await Storefront.UploadFile(id, file, "proof.pdf", "application/pdf", kind: "Document", party: "Seller", partyId: "someone-else");

        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.Scalar<long>("select count(*) from {schema}.evidence_blobs where sha256 = $1", EvidenceClient.Sha256(file))).Should().Be(0);
    }

    [Fact]
    public async Task Given_a_supplier_invoice_for_mediators_only_When_the_storefront_looks_Then_it_is_hidden_and_each_staff_download_is_logged()
    {
        var id = await UnderMediation(6);
        var invoiceId = Guid.Parse("0199e001-0000-7000-8000-000000000006");
        var invoice = SampleFiles.Pdf(40_000);
        await Ok(Storefront.UploadFile(id, invoice, "supplier.pdf", "application/pdf", kind: "Invoice", party: "Seller", partyId: Seller,
            visibility: "Mediators", evidenceId: invoiceId));
        var mediator = api.ClientAs("mediator-1", "mediator");

        (await Storefront.EvidenceList(id)).Should().BeEmpty();
        (await Storefront.GetAsync($"/disputes/{id}/evidence/{invoiceId}/content")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Storefront.GetJson($"/disputes/{id}/timeline"))["items"]!.AsArray()
            .Should().NotContain(e => e!["type"]!.GetValue<string>() == "evidence_added");
        (await mediator.EvidenceList(id)).Should().ContainSingle(e => e!["evidenceId"]!.GetValue<Guid>() == invoiceId);
        (await Download(mediator, id, invoiceId)).Should().Equal(invoice);
        await Download(mediator, id, invoiceId, "bytes=0-99");

        var downloads = JsonNode.Parse(await (await api.Auditor().GetAsync($"/audit/disputes/{id}/evidence-downloads")).Content.ReadAsStringAsync())!.AsArray();
        downloads.Select(d => (d!["subject"]!.GetValue<string>(), d["role"]!.GetValue<string>(), d["range"]?.GetValue<string>()))
            .Should().Equal(("mediator-1", "mediator", null), ("mediator-1", "mediator", "bytes=0-99"));
        downloads.Should().OnlyContain(d => d!["evidenceId"]!.GetValue<Guid>() == invoiceId);
    }

    [Fact]
    public async Task Given_a_webhook_subscription_When_a_mediators_only_file_and_a_parties_file_are_added_Then_only_the_parties_one_is_notified()
    {
        var id = await UnderMediation(9);
        var subscribed = await api.ClientAs("admin-1", "admin").PostAsync("/webhooks/subscriptions", new StringContent(
            """{"url": "http://127.0.0.1:9/evidence-hook", "eventTypes": ["EvidenceAdded"]}""", System.Text.Encoding.UTF8, "application/json"));
        subscribed.StatusCode.Should().Be(HttpStatusCode.Created, await subscribed.Content.ReadAsStringAsync());
        var invoiceId = Guid.Parse("0199e001-0000-7000-8000-000000000091");
        var photoId = Guid.Parse("0199e001-0000-7000-8000-000000000092");

        await Ok(Storefront.UploadFile(id, SampleFiles.Pdf(20_000), "supplier.pdf", "application/pdf", kind: "Invoice", party: "Seller", partyId: Seller,
            visibility: "Mediators", evidenceId: invoiceId));
        await Ok(Storefront.UploadFile(id, SampleFiles.Pdf(10_000), "receipt.pdf", "application/pdf", evidenceId: photoId));

        // The receiver is unreachable, so rows stay in the outbox (retrying) instead of leaving on delivery.
        var notified = await api.Rows(
            "select e.data->'evidence'->>'evidenceId' from {schema}.webhook_outbox o join {schema}.mt_events e on e.id = o.event_id where o.dispute_id = $1", id);
        notified.Select(r => (string)r[0]).Should().Equal(photoId.ToString());
    }

    [Fact]
    public async Task Given_a_message_and_a_decision_citing_a_held_file_When_a_stored_chunk_is_altered_Then_history_verify_names_the_citation()
    {
        var id = await UnderMediation(7);
        var photoId = Guid.Parse("0199e001-0000-7000-8000-000000000007");
        var photo = SampleFiles.JpegWithLocation(scanBytes: 50_000);
        await Ok(Storefront.UploadFile(id, photo, "damage.jpg", "image/jpeg", evidenceId: photoId));
        await Ok(For(api).Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "The photo of the damage.", ["attachments"] = new JsonArray(photoId.ToString()) }));
        var decided = await Ok(For(api).Mediator("mediator-1", id, "decision",
            new() { ["decision"] = "FullRefund", ["rationale"] = "The photo shows the damage.", ["considered"] = new JsonArray(photoId.ToString()) }));
        decided["status"]!.GetValue<string>().Should().Be("Decided");
        var sha256 = EvidenceClient.Sha256(SampleFiles.JpegWithoutLocation(scanBytes: 50_000));
        (await api.Scalar<string>("select data->'considered'->0->>'sha256' from {schema}.mt_events where stream_id = $1 and type = 'mediator_decision_recorded'", id))
            .Should().Be(sha256);

        var intact = await VerifyHistory(id);
        intact.Exit.Should().Be(0, intact.Output);
        intact.Output.Should().Contain("2 citations of held files: every file intact", "the message's attachment and the decision's citation");

        // One byte of the second chunk, changed where the file is stored.
        (await api.Sql("update {schema}.evidence_chunks set data = set_byte(data, 10, (get_byte(data, 10) + 1) % 256) "
            + "where index = 1 and content_key = (select content_key from {schema}.evidence_blobs where sha256 = $1)", sha256)).Should().Be(1);

        var tampered = await VerifyHistory(id);
        tampered.Exit.Should().Be(1);
        tampered.Output.Should().Contain($"BROKEN citation in dispute {id}").And.Contain($"evidence {photoId} cites file {sha256}, which is altered");
    }

    [Fact]
    public async Task Given_a_request_for_mandatory_tracking_When_the_seller_uploads_an_invoice_then_the_tracking_Then_each_kind_is_satisfied_in_turn()
    {
        var id = await UnderMediation(8);
        var http = For(api);
        var requested = await Ok(http.Mediator("mediator-1", id, "evidence-requests", new()
        {
            ["from"] = "Seller", ["description"] = "Tracking, and the invoice if you have it.",
            ["required"] = new JsonArray(new JsonObject { ["kind"] = "ShippingProof", ["mandatory"] = true }, new JsonObject { ["kind"] = "Invoice", ["mandatory"] = false }),
        }));
        requested["evidenceChecklist"]!.AsArray().Should().ContainSingle(i => i!["kind"]!.GetValue<string>() == "ShippingProof" && i["from"]!.GetValue<string>() == "Seller");

        var invoice = await Ok(Storefront.UploadFile(id, SampleFiles.Pdf(5_000), "invoice.pdf", "application/pdf", kind: "Invoice", party: "Seller", partyId: Seller));
        invoice["status"]!.GetValue<string>().Should().Be("AwaitingEvidence");
        invoice["evidenceRequest"]!["required"]!.ToJsonString().Should().Be(
            """[{"kind":"ShippingProof","mandatory":true,"satisfied":false},{"kind":"Invoice","mandatory":false,"satisfied":true}]""");

        var tracking = await Ok(Storefront.UploadFile(id, SampleFiles.Pdf(6_000), "tracking.pdf", "application/pdf", kind: "ShippingProof", party: "Seller", partyId: Seller));
        tracking["status"]!.GetValue<string>().Should().Be("UnderMediation");
        tracking["evidenceRequest"].Should().BeNull();
    }

    private async Task<(int Exit, string Output)> VerifyHistory(Guid id)
    {
        var output = new StringWriter();
        var exit = await new VerifyHistory().Run(api.Services, new ToolArguments([id.ToString()]), output, CancellationToken.None);
        return (exit, output.ToString());
    }
}
