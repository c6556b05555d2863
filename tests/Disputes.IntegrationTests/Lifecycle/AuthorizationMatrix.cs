using System.Net;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests;

// Every endpoint × every role, and every party action × the right and a wrong party: 401 without a token,
// 403 for a role or party that may not act, and a refused request never changes the dispute.
public sealed class AuthorizationMatrix(ApiFixture<AuthorizationMatrix> api) : IClassFixture<ApiFixture<AuthorizationMatrix>>
{
    private static readonly Guid Target = Guid.Parse("0199e000-0000-7000-8000-000000000001");
    private static readonly string[] NoRole = [];
    private static readonly string[][] Roles = [NoRole, ["storefront"], ["mediator"], ["auditor"], ["admin"]];

    private static readonly (string Method, string Path, string[] Allowed)[] Endpoints =
    [
        ("POST", "/disputes", ["storefront"]),
        ("GET", $"/disputes/{Target}", ["storefront", "mediator", "auditor", "admin"]),
        ("GET", $"/disputes/{Target}/timeline", ["storefront", "mediator", "auditor", "admin"]),
        ("GET", "/disputes?buyerId=buyer-7", ["storefront"]),
        ("GET", "/disputes/needs-action?party=Seller&partyId=seller-3", ["storefront"]),
        ("GET", "/mediation/queue", ["mediator"]),
        ("GET", $"/audit/disputes/{Target}/events", ["auditor", "admin"]),
        ("GET", $"/audit/disputes/{Target}/state?version=1", ["auditor", "admin"]),
        ("GET", $"/audit/disputes/{Target}/digest", ["auditor", "admin"]),
        ("GET", $"/audit/disputes/{Target}/verification", ["auditor", "admin"]),
        ("GET", "/audit/events", ["auditor", "admin"]),
        ("GET", "/audit/verification", ["auditor", "admin"]),
        .. new[]
        {
            "accept-claim", "offers", "reject-claim", "offer/accept", "offer/reject", "messages", "evidence", "escalate", "withdraw",
            "appeal", "return/shipped", "return/delivered", "return/received", "return/problem", "refund/succeeded", "refund/failed", "refund/retry",
        }.Select(a => ("POST", $"/disputes/{Target}/{a}", new[] { "storefront" })),
        .. new[] { "claim", "release", "evidence-requests", "decision", "messages" }
            .Select(a => ("POST", $"/mediation/disputes/{Target}/{a}", new[] { "mediator" })),
        .. new[] { "assign", "refund/retry" }.Select(a => ("POST", $"/mediation/disputes/{Target}/{a}", new[] { "mediator", "admin" })),
    ];

    public static TheoryData<string, string, string> EndpointRoles()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path, _) in Endpoints)
            foreach (var roles in Roles)
                data.Add(method, path, roles.Length == 0 ? "none" : roles[0]);
        return data;
    }

    [Theory]
    [MemberData(nameof(EndpointRoles))]
    public async Task Every_endpoint_admits_only_its_roles(string method, string path, string role)
    {
        var http = DisputeApi.For(api);
        if ((await http.Get(Target)).StatusCode == HttpStatusCode.NotFound)
            await http.Open(Target, orderId: "order-auth");
        var before = (await Ok(http.Get(Target)))["version"]!.GetValue<long>();
        var client = role == "none" ? api.ClientAs("anonymous") : api.ClientAs($"{role}-1", role);

        var response = method == "GET"
            ? await client.GetAsync(path)
            : await Post(client, path, new JsonObject { ["actingAs"] = AsBuyer, ["text"] = "x", ["reason"] = "x" });

        var allowed = Endpoints.Single(e => e.Method == method && e.Path == path).Allowed;
        if (role == "none")
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        else if (!allowed.Contains(role))
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        else
            response.StatusCode.Should().NotBe(HttpStatusCode.Unauthorized).And.NotBe(HttpStatusCode.Forbidden);

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
            (await Ok(http.Get(Target)))["version"]!.GetValue<long>().Should().Be(before);
        }
    }

    // (status the dispute must be in, action, right party, a wrong party, extra body)
    public static TheoryData<string, string, string, string> PartyActions() => new()
    {
        { "AwaitingSellerResponse", "accept-claim", "Seller", "Buyer" },
        { "AwaitingSellerResponse", "offers", "Seller", "OtherSeller" },
        { "AwaitingSellerResponse", "reject-claim", "Seller", "Buyer" },
        { "AwaitingSellerResponse", "messages", "Buyer", "OtherBuyer" },
        { "AwaitingSellerResponse", "evidence", "Seller", "OtherSeller" },
        { "AwaitingSellerResponse", "escalate", "Seller", "OtherSeller" },
        { "AwaitingSellerResponse", "withdraw", "Buyer", "Seller" },
        { "AwaitingBuyerReply", "offer/accept", "Buyer", "OtherBuyer" },
        { "AwaitingBuyerReply", "offer/reject", "Buyer", "Seller" },
        { "AwaitingReturnShipment", "return/shipped", "Buyer", "OtherBuyer" },
        { "ReturnInTransit", "return/delivered", "Platform", "Seller" },
        { "ReturnInTransit", "return/received", "Seller", "Buyer" },
        { "ReturnInTransit", "return/problem", "Seller", "OtherSeller" },
        { "RefundPending", "refund/succeeded", "Platform", "Buyer" },
        { "RefundPending", "refund/failed", "Platform", "Seller" },
    };

    [Theory]
    [MemberData(nameof(PartyActions))]
    public async Task A_storefront_acts_only_for_the_party_of_the_dispute(string status, string action, string right, string wrong)
    {
        var http = DisputeApi.For(api);
        var id = await DisputeIn(http, status, $"{status}-{action}");
        var before = (await Ok(http.Get(id)))["version"]!.GetValue<long>();

        var refused = await http.Storefront(id, action, Body(action, wrong));
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden, await refused.Content.ReadAsStringAsync());
        (await Ok(http.Get(id)))["version"]!.GetValue<long>().Should().Be(before);

        var accepted = await http.Storefront(id, action, Body(action, right));
        accepted.StatusCode.Should().Be(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_mediator_other_than_the_assigned_one_is_refused()
    {
        var http = DisputeApi.For(api);
        var id = await DisputeIn(http, "AwaitingBuyerEscalation", "mediators");
        await Ok(http.Storefront(id, "escalate", Body("escalate", "Buyer")));
        await Ok(http.Mediator("mediator-1", id, "claim"));
        var before = (await Ok(http.Get(id)))["version"]!.GetValue<long>();

        (await http.Mediator("mediator-2", id, "decision", new() { ["decision"] = "FullRefund", ["rationale"] = "Mine now." }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Ok(http.Get(id)))["version"]!.GetValue<long>().Should().Be(before);
    }

    private static JsonObject Party(string who) => who switch
    {
        "Buyer" => AsBuyer,
        "Seller" => AsSeller,
        "OtherBuyer" => As("Buyer", "buyer-999"),
        "OtherSeller" => As("Seller", "seller-999"),
        "Platform" => AsPlatform,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private static JsonObject Body(string action, string who)
    {
        var body = new JsonObject
        {
            ["actingAs"] = Party(who), ["reason"] = "Because.", ["text"] = "Hello.", ["description"] = "Broken.",
            ["carrier"] = "DHL", ["trackingNumber"] = "1234567890", ["attempt"] = 1, ["paymentReference"] = "pay-1",
            ["kind"] = "PartialRefund", ["refundAmount"] = new JsonObject { ["amount"] = 100, ["currency"] = "EUR" },
        };
        if (action is "evidence")
            body["evidence"] = Evidence(1);
        if (action is "reject-claim")
            body["evidence"] = new JsonArray(Evidence(2));
        return body;
    }

    private static async Task<Guid> DisputeIn(DisputeApi http, string status, string order)
    {
        var id = Guid.CreateVersion7();
        var returning = status is "AwaitingReturnShipment" or "ReturnInTransit";
        await Ok(http.Open(id, returning ? "ReturnAndRefund" : "FullRefund", $"order-{order}"), HttpStatusCode.Created);
        switch (status)
        {
            case "AwaitingBuyerReply":
                await Ok(http.Storefront(id, "offers", Body("offers", "Seller")));
                break;
            case "AwaitingBuyerEscalation":
                await Ok(http.Storefront(id, "reject-claim", Body("reject-claim", "Seller")));
                break;
            case "AwaitingReturnShipment" or "RefundPending":
                await Ok(http.Storefront(id, "accept-claim", Body("accept-claim", "Seller")));
                break;
            case "ReturnInTransit":
                await Ok(http.Storefront(id, "accept-claim", Body("accept-claim", "Seller")));
                await Ok(http.Storefront(id, "return/shipped", Body("return/shipped", "Buyer")));
                break;
        }
        return id;
    }
}
