using System.Text.Json.Nodes;

namespace Disputes.Api.Docs;

// One realistic body per command, shown on the reference page beside its schema.
public static class RequestExamples
{
    private static JsonObject Acting(string party, string id) => new() { ["party"] = party, ["id"] = id };
    private static JsonObject Eur(long minor) => new() { ["amount"] = minor, ["currency"] = "EUR" };

    private static JsonObject Evidence() => new()
    {
        ["evidenceId"] = "0199a000-0000-7000-8000-0000000000e1", ["kind"] = "ShippingProof", ["fileName"] = "tracking.pdf",
        ["mediaType"] = "application/pdf", ["sizeBytes"] = 48213, ["sha256"] = new string('3', 64),
        ["uri"] = "https://store.example/evidence/tracking.pdf",
    };

    public static JsonNode? For(string? operationId) => operationId switch
    {
        "OpenDispute" => new JsonObject
        {
            ["disputeId"] = "0199a000-0000-7000-8000-000000000001", ["orderId"] = "order-1001", ["buyerId"] = "buyer-7",
            ["sellerId"] = "seller-3", ["reason"] = "ItemNotReceived", ["amountPaid"] = Eur(4999), ["requestedRemedy"] = "FullRefund",
            ["protectionEndsAt"] = "2026-12-31T00:00:00Z", ["description"] = "The parcel never arrived.",
        },
        "AcceptClaim" or "ConfirmReturnReceived" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3") },
        "MakeOffer" => new JsonObject
        {
            ["actingAs"] = Acting("Seller", "seller-3"), ["kind"] = "ReturnAndRefund", ["refundAmount"] = Eur(4999), ["note"] = "Send it back, full refund.",
            ["returnTerms"] = new JsonObject { ["address"] = "Seller Ltd, 1 Dock Road, Riga", ["shippingPaidBy"] = "Seller", ["prepaidLabel"] = "label-77" },
        },
        "RejectClaim" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3"), ["reason"] = "Delivered, signed for.", ["evidence"] = new JsonArray(Evidence()) },
        "AcceptOffer" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7") },
        "RejectOffer" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["reason"] = "Too little." },
        "PostMessage" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["messageId"] = "0199a000-0000-7000-8000-0000000000a1", ["text"] = "Any news?" },
        "AddEvidence" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3"), ["evidence"] = Evidence() },
        "Escalate" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["reason"] = "We cannot agree." },
        "WithdrawDispute" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["reason"] = "It arrived." },
        "AppealDecision" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3"), ["reason"] = "The tracking shows delivery." },
        "ShipReturn" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["carrier"] = "DHL", ["trackingNumber"] = "JD014600003SE" },
        "CounterOffer" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["kind"] = "PartialRefund", ["refundAmount"] = Eur(3500), ["note"] = "35 and we are done." },
        "ProposeSolution" => new JsonObject { ["actingAs"] = Acting("Platform", "resolution-centre"), ["kind"] = "Replacement", ["note"] = "A replacement, per our policy for wrong sizes." },
        "RecordReturnReceipt" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3"), ["outcome"] = "Damaged", ["note"] = "The screen is cracked." },
        "ShipReplacement" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3"), ["carrier"] = "UPS", ["trackingNumber"] = "1Z999AA10123456784" },
        "ConfirmReplacementReceived" or "GrantExtension" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7") },
        "ReportReplacementProblem" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["description"] = "Same defect again." },
        "RequestExtension" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3"), ["clock"] = "SellerResponse", ["length"] = "P3D", ["reason"] = "The warehouse reopens on Monday." },
        "ExtendProtection" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3"), ["until"] = "2027-01-15T00:00:00Z", ["reason"] = "The parcel is held at customs." },
        "RefuseExtension" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["reason"] = "I have waited long enough." },
        "RefuseExtensionAsMediator" => new JsonObject { ["reason"] = "The evidence is due as asked." },
        "MarkReturnDelivered" => new JsonObject { ["actingAs"] = Acting("Platform", "carrier-tracking") },
        "ReportReturnProblem" => new JsonObject { ["actingAs"] = Acting("Seller", "seller-3"), ["description"] = "The box was empty." },
        "ReportRefundSucceeded" => new JsonObject { ["actingAs"] = Acting("Platform", "payments"), ["attempt"] = 1, ["paymentReference"] = "psp-123" },
        "ReportRefundFailed" => new JsonObject { ["actingAs"] = Acting("Platform", "payments"), ["attempt"] = 1, ["reason"] = "Card expired." },
        "TranslateText" => new JsonObject { ["actingAs"] = Acting("Platform", "translation-service"), ["textVersion"] = 1, ["to"] = "en", ["translation"] = "The parcel never arrived.", ["originalSha256"] = "1b7f3c0e0f5d2f7f4b8a8f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4", ["engine"] = "deepl-2026-11" },
        "TranslateTextAsMediator" => new JsonObject { ["textVersion"] = 1, ["to"] = "ru", ["translation"] = "Посылка так и не пришла.", ["originalSha256"] = "1b7f3c0e0f5d2f7f4b8a8f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4" },
        "RateResolution" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["score"] = 4, ["comment"] = "Fair, but the first answer took days." },
        "RetryRefund" => new JsonObject { ["actingAs"] = Acting("Platform", "payments") },
        "ReleaseCase" => new JsonObject { ["reason"] = "Conflict of interest." },
        "RequestEvidence" => new JsonObject
        {
            ["from"] = "Seller", ["description"] = "Proof of delivery, please.",
            ["required"] = new JsonArray(new JsonObject { ["kind"] = "ShippingProof", ["mandatory"] = true }, new JsonObject { ["kind"] = "Invoice", ["mandatory"] = false }),
        },
        "RecordDecision" => new JsonObject
        {
            ["decision"] = "PartialRefund", ["refundAmount"] = Eur(2000), ["rationale"] = "Item damaged in part.",
            ["considered"] = new JsonArray("0199a000-0000-7000-8000-0000000000e1"),
        },
        "CompleteEvidenceUpload" => new JsonObject { ["actingAs"] = Acting("Buyer", "buyer-7"), ["kind"] = "Video", ["visibility"] = "Parties" },
        "CreateEvidenceUpload" => new JsonObject { ["fileName"] = "unboxing.mp4", ["sizeBytes"] = 73400320 },
        "PostMediatorMessage" => new JsonObject { ["text"] = "I will decide by Friday." },
        "AssignCase" => new JsonObject { ["mediatorId"] = "mediator-2" },
        "CreateWebhookSubscription" => new JsonObject
        {
            ["url"] = "https://store.example/hooks/disputes", ["eventTypes"] = new JsonArray("DeadlineScheduled", "RefundRequested"),
            ["description"] = "Storefront backend: deadlines and refunds",
        },
        _ => null,
    };
}
