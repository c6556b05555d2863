using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// What buyer and seller input may hold, field by field, since staff consoles show it to mediators: evidence links
// only to the storefront's https files, metadata that is what it claims, one-line ids, and no control characters.
public class InputFieldSpecs
{
    private readonly DeciderSpec spec = new();
    private static readonly Story Opened = Story.In(DisputeStatus.AwaitingSellerResponse);
    private static readonly Instant Now = Opened.Now + Duration.FromHours(1);

    public static TheoryData<string> UnsafeUris => new()
    {
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        "not a uri at all",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "/evidence/1",
        "//store.example/evidence/1",
        "ftp://store.example/evidence/1",
        "http://store.example/evidence/1",
        "https://user:secret@store.example/evidence/1",
        "https:///evidence/1",
        " https://store.example/evidence/1",
        "https://store.example/evidence/1\nSet-Cookie: a=b",
        "https://store.example/" + new string('e', 2030),
    };

    [Theory]
    [MemberData(nameof(UnsafeUris))]
    public void Given_an_open_dispute_When_evidence_links_anywhere_but_an_https_file_Then_invalid_naming_the_uri(string uri)
    {
        var evidence = Evidence(7) with { Uri = uri };

        var refusal = spec.Given(Opened.History).When(AddEvidence(Buyer) with { Evidence = evidence }, Now).ThenRefused(RefusalKind.InvalidInput);

        refusal.FieldErrors!.Keys.Should().Equal("evidence.uri");
    }

    [Fact]
    public void Given_a_claim_When_the_seller_rejects_it_with_evidence_linking_a_script_Then_invalid_naming_that_item()
    {
        var command = Reject() with { Evidence = [Evidence(1), Evidence(2) with { Uri = "javascript:alert(document.cookie)" }] };

        var refusal = spec.Given(Opened.History).When(command, Now).ThenRefused(RefusalKind.InvalidInput);

        refusal.FieldErrors!.Keys.Should().Equal("evidence[1].uri");
    }

    [Fact]
    public void Given_a_dispute_opened_under_a_policy_allowing_http_When_evidence_links_over_http_Then_accepted()
    {
        var policy = DisputePolicy.Default with { Version = "http-evidence", AllowHttpEvidence = true };
        var opened = Story.In(DisputeStatus.AwaitingSellerResponse, policy);
        var http = Evidence(7) with { Uri = "http://intranet.store.example/evidence/7" };

        new DeciderSpec { Policy = policy }.Given(opened.History).When(AddEvidence(Buyer) with { Evidence = http }, Now).ThenAccepted()
            .Should().ContainSingle(e => e is EvidenceAdded);
        new DeciderSpec { Policy = policy }.Given(opened.History)
            .When(AddEvidence(Buyer) with { Evidence = http with { Uri = "javascript:alert(1)" } }, Now).ThenRefused(RefusalKind.InvalidInput);
    }

    [Theory]
    [InlineData("fileName", "../../etc/passwd")]
    [InlineData("fileName", "C:\\evidence\\photo.jpg")]
    [InlineData("fileName", "photo\u202Egpj.exe")]
    [InlineData("fileName", "photo\n.jpg")]
    [InlineData("fileName", "..")]
    [InlineData("mediaType", "image")]
    [InlineData("mediaType", "image/jpeg/x")]
    [InlineData("mediaType", "text/html; charset=utf-8")]
    [InlineData("mediaType", "<script>/jpeg")]
    [InlineData("mediaType", "image/ jpeg")]
    [InlineData("sha256", "g000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256", "abc")]
    public void Given_an_open_dispute_When_evidence_metadata_is_not_what_it_claims_Then_invalid_naming_the_field(string field, string value)
    {
        var evidence = field switch
        {
            "fileName" => Evidence(7) with { FileName = value },
            "mediaType" => Evidence(7) with { MediaType = value },
            _ => Evidence(7) with { Sha256 = value },
        };

        var refusal = spec.Given(Opened.History).When(AddEvidence(Buyer) with { Evidence = evidence }, Now).ThenRefused(RefusalKind.InvalidInput);

        refusal.FieldErrors!.Keys.Should().Equal($"evidence.{field}");
    }

    [Theory]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Statement (final) v2.docx")]
    [InlineData("image/svg+xml", "фото доставки.svg")]
    public void Given_an_open_dispute_When_evidence_metadata_is_ordinary_Then_accepted(string mediaType, string fileName)
    {
        var evidence = Evidence(7) with { MediaType = mediaType, FileName = fileName, Sha256 = new string('A', 64) };

        spec.Given(Opened.History).When(AddEvidence(Buyer) with { Evidence = evidence }, Now).ThenAccepted().Should().NotBeEmpty();
    }

    [Fact]
    public void Given_nothing_When_an_id_spans_lines_Then_invalid_because_ids_are_one_line()
    {
        spec.When(Open() with { OrderId = "order-1\nDELETE" }, Start).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("orderId");
        spec.When(Open() with { SellerId = "seller\t1" }, Start).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("sellerId");
        spec.When(Open() with { By = Actor.Buyer("buyer-1\r\n") }, Start).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("actingAs.id");
    }

    [Fact]
    public void Given_a_return_and_a_refund_When_the_carrier_tracking_or_payment_reference_spans_lines_Then_invalid()
    {
        var authorised = Story.In(DisputeStatus.AwaitingReturnShipment);
        new DeciderSpec().Given(authorised.History).When(Ship() with { Carrier = "DHL\n" }, authorised.Now).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Equal("carrier");
        new DeciderSpec().Given(authorised.History).When(Ship() with { TrackingNumber = "JD01\t4600003SE" }, authorised.Now).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Equal("trackingNumber");

        var pending = Story.In(DisputeStatus.AwaitingSellerResponse).Do(AcceptClaim());
        new DeciderSpec().Given(pending.History).When(RefundSucceeded() with { PaymentReference = "psp-1\n" }, pending.Now).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Equal("paymentReference");
    }

    [Fact]
    public void Given_an_open_dispute_When_free_text_spans_lines_Then_accepted_but_other_control_characters_are_not()
    {
        spec.Given(Opened.History).When(Message() with { Text = "First line.\n\tSecond line." }, Now).ThenAccepted().Should().NotBeEmpty();
        new DeciderSpec().Given(Opened.History).When(Message() with { Text = "bell\u0007" }, Now).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Equal("text");
        new DeciderSpec().Given(Opened.History).When(Offer() with { Note = "escape \u001b[31m" }, Now).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Equal("note");
    }
}
