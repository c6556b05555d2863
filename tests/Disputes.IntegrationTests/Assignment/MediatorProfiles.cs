using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.Assignment;

// The admins' profile endpoints and the case language on the wire.
public sealed class MediatorProfiles(ApiFixture<MediatorProfiles> api) : IClassFixture<ApiFixture<MediatorProfiles>>
{
    private readonly HttpClient admin = api.ClientAs("admin-1", "admin");

    private static object Body(object? languages = null, object? capacity = null, object? hours = null) => new
    {
        languages = languages ?? new[] { "RU", "en-gb" },
        reasons = new[] { "ItemNotReceived", "Counterfeit" },
        amountLimits = new Dictionary<string, long> { ["EUR"] = 100_000, ["RUB"] = 5_000_000 },
        capacity = capacity ?? 4,
        active = true,
        workingHours = hours ?? new { timeZone = "Europe/Moscow", start = "07:00", end = "01:00" },
    };

    [Fact]
    public async Task Given_an_admin_When_a_profile_is_put_twice_and_read_Then_it_is_normalised_and_its_revision_counts()
    {
        var id = $"m-{Guid.NewGuid():N}";
        (await admin.PutAsJsonAsync($"/admin/mediators/{id}", Body())).StatusCode.Should().Be(HttpStatusCode.OK);
        var second = await admin.PutAsJsonAsync($"/admin/mediators/{id}", Body(capacity: 6));
        second.Headers.ETag!.Tag.Should().Be("\"2\"");

        var profile = await admin.GetJson($"/admin/mediators/{id}");
        profile["languages"]!.ToJsonString().Should().Be("""["ru","en-GB"]""");
        profile["capacity"]!.GetValue<int>().Should().Be(6);
        profile["held"]!.GetValue<int>().Should().Be(0);
        profile["amountLimits"]!.ToJsonString().Should().Be("""[{"currency":"EUR","amount":100000},{"currency":"RUB","amount":5000000}]""");
        profile["workingHours"]!.ToJsonString().Should().Be(
            """{"timeZone":"Europe/Moscow","start":"07:00","end":"01:00","days":["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]}""");
        profile["updatedBy"]!.GetValue<string>().Should().Be("admin-1");
        (await admin.GetStringAsync("/admin/mediators")).Should().Contain($"\"mediatorId\":\"{id}\"");
    }

    [Fact]
    public async Task Given_bad_fields_When_a_profile_is_put_Then_a_400_names_each_and_nothing_is_stored()
    {
        var id = $"m-{Guid.NewGuid():N}";
        var response = await admin.PutAsJsonAsync($"/admin/mediators/{id}",
            Body(languages: new[] { "en_US" }, capacity: -1, hours: new { timeZone = "Mars/Olympus", start = "7am", end = "01:00" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        problem.FieldErrors("languages").Should().ContainSingle().Which.Should().Contain("en_US");
        problem.FieldErrors("capacity").Should().NotBeEmpty();
        problem.FieldErrors("workingHours.timeZone").Should().NotBeEmpty();
        problem.FieldErrors("workingHours.start").Should().NotBeEmpty();
        (await admin.GetAsync($"/admin/mediators/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_mediator_or_a_storefront_When_they_manage_profiles_Then_they_are_forbidden()
    {
        (await api.ClientAs("m-1", "mediator").PutAsJsonAsync("/admin/mediators/m-1", Body())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.CreateClient().GetAsync("/admin/mediators")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_dispute_opened_in_a_language_When_read_and_listed_Then_the_tag_is_case_normalised_and_english_by_default()
    {
        var storefront = api.CreateClient();
        var id = Guid.CreateVersion7();
        (await storefront.PostDispute(Requests.OpenDispute(id).With("language", "pt-br")))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await storefront.GetJson($"/disputes/{id}"))["language"]!.GetValue<string>().Should().Be("pt-BR");
        var listed = await storefront.GetJson($"/disputes?orderId=order-{id}");
        listed.ToJsonString().Should().Contain("\"language\":\"pt-BR\"");

        var plain = Guid.CreateVersion7();
        await storefront.PostDispute(Requests.OpenDispute(plain));
        (await storefront.GetJson($"/disputes/{plain}"))["language"]!.GetValue<string>().Should().Be("en");
    }

    [Fact]
    public async Task Given_a_malformed_language_When_a_dispute_is_opened_Then_a_400_names_the_field_and_nothing_is_opened()
    {
        var id = Guid.CreateVersion7();
        var response = await api.CreateClient().PostDispute(Requests.OpenDispute(id).With("language", "en_US"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json()).FieldErrors("language").Should().NotBeEmpty();
        (await api.CreateClient().GetAsync($"/disputes/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var wrongType = await api.CreateClient().PostDispute(Requests.OpenDispute(id).With("language", new JsonArray()));
        wrongType.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
