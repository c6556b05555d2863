using System.Net;
using System.Text.Json.Nodes;
using Disputes.Api.Composition;
using Disputes.IntegrationTests.Deadlines;
using NodaTime.Testing;

namespace Disputes.IntegrationTests;

// Amounts are bounded per currency (Disputes:Policy:MaxAmount and …MaxAmountByCurrency): the largest long as an
// amount paid is a 400 naming the field, not a dispute whose sums overflow later.
public sealed class AmountBounds(ApiFixture<AmountBounds> api) : IClassFixture<ApiFixture<AmountBounds>>
{
    private static readonly Guid Unbounded = Guid.Parse("0199f500-0000-7000-8000-000000000001");

    [Fact]
    public async Task Given_the_largest_long_as_the_amount_paid_When_opened_Then_400_names_the_amount_and_no_dispute_exists()
    {
        var client = api.CreateClient();

        var response = await client.PostDispute(Requests.OpenDispute(Unbounded)
            .With("amountPaid", new JsonObject { ["amount"] = long.MaxValue, ["currency"] = "EUR" }));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        (await response.Json()).FieldErrors("amountPaid.amount").Should().ContainSingle().Which.Should().Contain("1000000000000000");
        (await client.GetAsync($"/disputes/{Unbounded}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_bound_for_one_currency_When_an_order_in_it_is_paid_above_it_Then_400_and_below_it_opens()
    {
        await DeadlineHost.DropSchema("amount_bounds_yen");
        await using var host = new DeadlineHost("amount_bounds_yen", new FakeClock(ApiFixture<AmountBounds>.Now), new Dictionary<string, string?>
        {
            ["Disputes:Policy:Version"] = "bounded-yen",
            ["Disputes:Policy:MaxAmountByCurrency:JPY"] = "100000000",
        });
        var client = host.CreateClient();
        JsonObject Yen(long amount) => new() { ["amount"] = amount, ["currency"] = "JPY" };

        var above = await client.PostDispute(Requests.OpenDispute(Guid.Parse("0199f500-0000-7000-8000-000000000002")).With("amountPaid", Yen(100_000_001)));
        var at = await client.PostDispute(Requests.OpenDispute(Guid.Parse("0199f500-0000-7000-8000-000000000003")).With("amountPaid", Yen(100_000_000)));

        above.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await above.Json()).FieldErrors("amountPaid.amount").Should().ContainSingle().Which.Should().Contain("100000000");
        at.StatusCode.Should().Be(HttpStatusCode.Created, await at.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Disputes:Policy:MaxAmount", "0")]
    [InlineData("Disputes:Policy:MaxAmount", "9007199254740992")]
    [InlineData("Disputes:Policy:MaxAmountByCurrency:XYZ", "100")]
    public async Task Given_a_bound_out_of_range_When_the_app_starts_Then_it_refuses_naming_the_key(string key, string value)
    {
        await using var host = new DeadlineHost("amount_bounds_settings", new FakeClock(ApiFixture<AmountBounds>.Now), new Dictionary<string, string?>
        {
            [key] = value,
        });

        var refusal = await StartupFailure.Check(host.Services);

        refusal.Should().Contain(key.Split(':')[2]).And.Contain("Disputes:Policy");
    }
}
