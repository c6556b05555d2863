using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.Preferences;

// Preferred language and time zone over HTTP: who may set whose, what a bad value answers, what a read gives back.
public sealed class PreferencesApi : IAsyncLifetime
{
    private readonly TestHost host = new(new TestHostOptions("preferences_api"));

    public async Task InitializeAsync()
    {
        await TestHost.DropSchema(host.Schema);
        _ = host.Services;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static Task<HttpResponseMessage> Put(HttpClient client, string path, string? language, string? zone) =>
        client.PutAsJsonAsync(path, new JsonObject { ["language"] = language, ["timeZone"] = zone });

    [Fact]
    public async Task Given_a_storefront_When_it_sets_a_sellers_preferences_Then_they_are_stored_canonical_and_read_back()
    {
        var set = await Put(host.CreateClient(), "/preferences/sellers/seller-3", "PT-br", "America/Sao_Paulo");

        set.StatusCode.Should().Be(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        var read = await host.ClientAs("auditor-1", "auditor").GetJson("/preferences/sellers/seller-3");
        read["kind"]!.GetValue<string>().Should().Be("Seller");
        read["participantId"]!.GetValue<string>().Should().Be("seller-3");
        read["language"]!.GetValue<string>().Should().Be("pt-BR");
        read["timeZone"]!.GetValue<string>().Should().Be("America/Sao_Paulo");
        read["updatedBy"]!.GetValue<string>().Should().Be("storefront-1");
        // The same id as a buyer is another person, with nothing set.
        var buyer = await host.CreateClient().GetJson("/preferences/buyers/seller-3");
        buyer["language"].Should().BeNull();
        buyer["effectiveLanguage"]!.GetValue<string>().Should().Be("en");
        buyer["effectiveTimeZone"]!.GetValue<string>().Should().Be("UTC");
        buyer["updatedAt"].Should().BeNull();
    }

    [Theory]
    [InlineData("en_US", "Europe/Berlin", "language")]
    [InlineData("ru", "Europe/Atlantis", "timeZone")]
    [InlineData("ru", "+02:00", "timeZone")]
    public async Task Given_a_bad_value_When_set_Then_400_names_the_field_and_nothing_changes(string language, string zone, string field)
    {
        (await Put(host.CreateClient(), "/preferences/buyers/buyer-9", "ru", "Europe/Moscow")).EnsureSuccessStatusCode();

        var refused = await Put(host.CreateClient(), "/preferences/buyers/buyer-9", language, zone);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await refused.Json();
        problem["type"]!.GetValue<string>().Should().EndWith("invalid-input");
        problem.FieldErrors(field).Should().ContainSingle();
        var read = await host.CreateClient().GetJson("/preferences/buyers/buyer-9");
        read["language"]!.GetValue<string>().Should().Be("ru");
        read["timeZone"]!.GetValue<string>().Should().Be("Europe/Moscow");
    }

    [Fact]
    public async Task Given_a_mediator_Then_they_set_their_own_preferences_only_and_admins_set_anyones()
    {
        var mediator = host.ClientAs("mediator-1", "mediator");

        (await Put(mediator, "/preferences/mediators/mediator-1", "ru", "Europe/Moscow")).StatusCode.Should().Be(HttpStatusCode.OK);
        var other = await Put(mediator, "/preferences/mediators/mediator-2", "ru", "Europe/Moscow");
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.Json())["detail"]!.GetValue<string>().Should().Contain("only their own");
        (await Put(mediator, "/preferences/sellers/seller-3", "ru", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Put(host.CreateClient(), "/preferences/mediators/mediator-2", "ru", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Put(host.ClientAs("auditor-1", "auditor"), "/preferences/buyers/buyer-1", "ru", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Put(host.ClientAs("ops-1", "admin"), "/preferences/mediators/mediator-2", "de", "Europe/Berlin")).StatusCode.Should().Be(HttpStatusCode.OK);

        var read = await mediator.GetJson("/preferences/mediators/mediator-2");
        read["language"]!.GetValue<string>().Should().Be("de");
        read["updatedBy"]!.GetValue<string>().Should().Be("ops-1");
    }
}
