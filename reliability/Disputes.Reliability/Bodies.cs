using System.Text.Json.Nodes;

namespace Disputes.Reliability;

// Valid request bodies, as a storefront or mediator sends them (the same shapes as the integration tests').
public static class Bodies
{
    public const string Buyer = "buyer-rel";
    public const string Seller = "seller-rel";

    public static JsonObject As(string party, string id) => new() { ["party"] = party, ["id"] = id };
    public static JsonObject AsBuyer => As("Buyer", Buyer);
    public static JsonObject AsSeller => As("Seller", Seller);
    public static JsonObject AsPlatform => As("Platform", "payments");
    public static JsonObject Euros(long cents) => new() { ["amount"] = cents, ["currency"] = "EUR" };

    public static JsonObject Open(Guid id, string remedy = "FullRefund") => new()
    {
        ["disputeId"] = id.ToString(),
        ["orderId"] = $"order-{id}",
        ["buyerId"] = Buyer,
        ["sellerId"] = Seller,
        ["reason"] = "ItemNotReceived",
        ["amountPaid"] = Euros(10_000),
        ["requestedRemedy"] = remedy,
        ["protectionEndsAt"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm:ssZ"),
        // A marker the logs scenario looks for: free text a buyer wrote is personal data.
        ["description"] = $"{PersonalMarker} the parcel never arrived.",
    };

    public const string PersonalMarker = "PERSONAL-7f3a";

    public static JsonObject Message(JsonObject actingAs, string text) => new() { ["actingAs"] = actingAs, ["text"] = $"{PersonalMarker} {text}" };

    public static JsonObject Offer(long cents) => new() { ["actingAs"] = AsSeller, ["kind"] = "PartialRefund", ["refundAmount"] = Euros(cents), ["note"] = "half" };

    public static JsonObject Acting(JsonObject actingAs) => new() { ["actingAs"] = actingAs };

    public static JsonObject Escalate(JsonObject actingAs) => new() { ["actingAs"] = actingAs, ["reason"] = "We cannot agree." };

    public static JsonObject RejectClaim() => new()
    {
        ["actingAs"] = AsSeller,
        ["reason"] = "Delivered, tracking attached.",
        ["evidence"] = new JsonArray(new JsonObject
        {
            ["kind"] = "Photo", ["fileName"] = "tracking.jpg", ["mediaType"] = "image/jpeg", ["sizeBytes"] = 120_000,
            ["sha256"] = new string('b', 64), ["uri"] = "https://store.example/evidence/tracking",
        }),
    };

    public static JsonObject Decision() => new() { ["decision"] = "FullRefund", ["rationale"] = "The seller could not prove delivery." };
}
