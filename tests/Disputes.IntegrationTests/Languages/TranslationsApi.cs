using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Languages;

// Translations over HTTP: the platform's translation service and a mediator store them beside a text, the timeline shows
// each text with its hash, language and translations, the original never changes, and a translation of another text,
// a bad field or a party's attempt is refused without a trace.
public sealed class TranslationsApi : IAsyncLifetime
{
    private static readonly Guid Id = Guid.Parse("0199d400-0000-7000-8000-000000000001");
    private const string Russian = "Посылка так и не пришла.";
    private readonly TestHost host = new(new TestHostOptions("translations_api"));
    private long messageVersion;

    public async Task InitializeAsync()
    {
        await TestHost.DropSchema(host.Schema);
        var body = Requests.OpenDispute(Id).With("protectionEndsAt",
            NodaTime.Text.InstantPattern.General.Format(NodaTime.SystemClock.Instance.GetCurrentInstant() + NodaTime.Duration.FromDays(30)));
        (await host.CreateClient().PostDispute(body)).StatusCode.Should().Be(HttpStatusCode.Created);
        var posted = await Ok(For(host).Storefront(Id, "messages", new JsonObject { ["actingAs"] = AsBuyer, ["text"] = Russian, ["language"] = "ru" }));
        messageVersion = posted["version"]!.GetValue<long>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private Task<HttpResponseMessage> ByPlatform(long version, string to, string translation, string sha256, JsonObject? actingAs = null) =>
        For(host).Storefront(Id, "translations", new JsonObject
        {
            ["actingAs"] = actingAs ?? As("Platform", "translation-service"), ["textVersion"] = version, ["to"] = to,
            ["translation"] = translation, ["originalSha256"] = sha256, ["engine"] = "mt-2026-11",
        });

    private async Task<JsonObject> Entry(long version) =>
        (await host.CreateClient().GetJson($"/disputes/{Id}/timeline"))["items"]!.AsArray().Single(e => e!["version"]!.GetValue<long>() == version)!.AsObject();

    [Fact]
    public async Task Given_a_russian_message_When_the_service_and_a_mediator_translate_texts_Then_the_timeline_shows_them_beside_the_originals()
    {
        var message = await Entry(messageVersion);
        message["text"]!["sha256"]!.GetValue<string>().Should().Be(Sha256(Russian));
        message["text"]!["language"]!.GetValue<string>().Should().Be("ru");

        await Ok(ByPlatform(messageVersion, "en", "The parcel never arrived.", message["text"]!["sha256"]!.GetValue<string>()));
        await Ok(For(host).Mediator("m1", Id, "translations", new JsonObject
        {
            ["textVersion"] = 1, ["to"] = "ru", ["translation"] = "Посылка не пришла.", ["originalSha256"] = Sha256("The parcel never arrived."),
        }));

        var translated = await Entry(messageVersion);
        translated["data"]!["text"]!.GetValue<string>().Should().Be(Russian, "the original is never replaced");
        var translation = translated["text"]!["translations"]!.AsArray().Single()!;
        (translation["from"]!.GetValue<string>(), translation["to"]!.GetValue<string>(), translation["engine"]!.GetValue<string>())
            .Should().Be(("ru", "en", "mt-2026-11"));
        translation["by"]!["kind"]!.GetValue<string>().Should().Be("Platform");
        var description = (await Entry(1))["text"]!["translations"]!.AsArray().Single()!;
        description["by"]!["id"]!.GetValue<string>().Should().Be("m1");
        description["engine"].Should().BeNull("the mediator translated it themself");
        (await host.CreateClient().GetJson($"/disputes/{Id}/timeline"))["items"]!.AsArray()
            .Count(e => e!["type"]!.GetValue<string>() == "TextTranslated").Should().Be(2);
    }

    [Fact]
    public async Task Given_bad_translations_When_sent_Then_each_is_refused_and_nothing_is_appended()
    {
        var before = await host.Scalar<long>("select count(*) from {schema}.mt_events");

        var another = await ByPlatform(messageVersion, "en", "The parcel came.", Sha256("Посылка пришла."));
        another.StatusCode.Should().Be(HttpStatusCode.UnprocessableContent);
        (await another.Json())["rule"]!.GetValue<string>().Should().Be("translation-of-another-text");

        var nowhere = await ByPlatform(2, "en", "Nothing.", Sha256(Russian));
        (await nowhere.Json())["rule"]!.GetValue<string>().Should().Be("text-not-found");

        var badTag = await ByPlatform(messageVersion, "english please", "The parcel never arrived.", Sha256(Russian));
        badTag.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badTag.Json()).FieldErrors("to").Should().NotBeEmpty();

        var badHash = await ByPlatform(messageVersion, "en", "The parcel never arrived.", "abc");
        (await badHash.Json()).FieldErrors("originalSha256").Should().NotBeEmpty();

        var party = await ByPlatform(messageVersion, "en", "The parcel never arrived.", Sha256(Russian), AsBuyer);
        party.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await host.Scalar<long>("select count(*) from {schema}.mt_events")).Should().Be(before);
    }
}
