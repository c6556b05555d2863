using System.Net;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Languages;

// The language of what a party writes, over HTTP: stated, canonicalised, defaulted to English, refused when malformed,
// and shown with the text on the timeline.
public sealed class TextLanguagesApi : IAsyncLifetime
{
    private static readonly Guid Id = Guid.Parse("0199d300-0000-7000-8000-000000000001");
    private readonly TestHost host = new(new TestHostOptions("languages_api"));

    public async Task InitializeAsync()
    {
        await TestHost.DropSchema(host.Schema);
        var body = Requests.OpenDispute(Id).With("protectionEndsAt",
            NodaTime.Text.InstantPattern.General.Format(NodaTime.SystemClock.Instance.GetCurrentInstant() + NodaTime.Duration.FromDays(30)));
        (await host.CreateClient().PostDispute(body)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task<HttpResponseMessage> Message(string text, string? language) =>
        For(host).Storefront(Id, "messages", new JsonObject { ["actingAs"] = AsBuyer, ["text"] = text, ["language"] = language });

    private async Task<List<JsonObject>> Timeline(string type) =>
        [.. (await host.CreateClient().GetJson($"/disputes/{Id}/timeline"))["items"]!.AsArray()
            .Where(e => e!["type"]!.GetValue<string>() == type).Select(e => e!["data"]!.AsObject())];

    [Fact]
    public async Task Given_messages_with_and_without_a_language_Then_the_timeline_shows_each_text_with_its_language()
    {
        (await Message("Посылка так и не пришла.", "RU")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Message("Still waiting.", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await For(host).Storefront(Id, "escalate", new JsonObject { ["actingAs"] = AsSeller, ["reason"] = "Sem resposta.", ["language"] = "pt-br" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var messages = await Timeline("MessagePosted");
        messages.Select(m => (m["text"]!.GetValue<string>(), m["language"]!.GetValue<string>()))
            .Should().Equal(("Посылка так и не пришла.", "ru"), ("Still waiting.", "en"));
        (await Timeline("DisputeEscalated")).Single()["language"]!.GetValue<string>().Should().Be("pt-BR");
    }

    [Fact]
    public async Task Given_a_malformed_language_When_posting_Then_400_names_the_field_and_nothing_is_appended()
    {
        var before = await host.Scalar<long>("select count(*) from {schema}.mt_events");

        var refused = await Message("Hello.", "english please");

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Json()).FieldErrors("language").Should().ContainSingle().Which.Should().Contain("BCP 47");
        (await host.Scalar<long>("select count(*) from {schema}.mt_events")).Should().Be(before);
    }
}
