using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// The language a command's author wrote in reaches the events that hold their text, and only those; a history with
// languages replays clean, and one without (stored before languages were recorded) still does.
public class TextLanguageSpecs
{
    private static readonly LanguageTag Russian = LanguageTag.Parse("ru");
    private readonly DeciderSpec spec = new();

    [Fact]
    public void Given_an_open_dispute_When_the_buyer_posts_a_message_in_Russian_Then_the_message_carries_its_language()
    {
        var at = Hours(1);
        spec.Given(Story.In(DisputeStatus.AwaitingSellerResponse).History).When(Message() with { Language = Russian }, at)
            .Then(new MessagePosted(DisputeId, Guid.Parse("0193a1b2-0000-7000-8000-00000000aaaa"), "Hello.", Buyer, at) { Attachments = null, Language = Russian });
    }

    [Fact]
    public void Given_a_rejection_that_escalates_When_decided_Then_the_authors_reason_has_their_language_and_the_engines_text_none()
    {
        var policy = DisputePolicy.Default with { RejectionEscalates = true };
        var story = Story.In(DisputeStatus.AwaitingBuyerReply, policy);

        var events = new DeciderSpec { Policy = policy }.Given(story.History).When(RejectOffer() with { Language = Russian }, story.Now + Duration.FromHours(1)).ThenAccepted();

        events.OfType<BuyerRejectedOffer>().Single().Language.Should().Be(Russian);
        events.OfType<DisputeEscalated>().Single().Language.Should().BeNull("\"The buyer rejected the seller's offer.\" is the engine's English");
    }

    [Fact]
    public void Given_a_rejection_with_evidence_When_decided_Then_the_evidence_descriptions_share_the_sellers_language()
    {
        var events = spec.Given(Story.In(DisputeStatus.AwaitingSellerResponse).History)
            .When(Reject() with { Evidence = [Evidence(1), Evidence(2)], Language = Russian }, Hours(2)).ThenAccepted();

        events.OfType<EvidenceAdded>().Select(e => e.Language).Should().Equal(Russian, Russian);
        events.OfType<SellerRejectedClaim>().Single().Language.Should().Be(Russian);
    }

    [Fact]
    public void Given_a_history_with_languages_When_replayed_Then_each_command_reads_back_with_its_language_and_the_replay_is_clean()
    {
        var story = new Story().Do(Open()).Wait(Duration.FromHours(1))
            .Do(Message() with { Language = Russian }).Wait(Duration.FromHours(1))
            .Do(Reject() with { Evidence = [Evidence(1)], Language = LanguageTag.Parse("pt-BR") }).Wait(Duration.FromHours(1))
            .Do(Escalate(Buyer) with { Language = Russian });

        var result = HistoryReplay.Check([.. story.History], DisputeJson.Options);

        result.IsClean.Should().BeTrue(result.Finding?.Message);
        result.Replayed.OfType<WrittenCommand>().Select(c => c.Language?.Value)
            .Should().Equal("ru", "pt-BR", "ru");
    }

    [Fact]
    public void Given_a_text_event_stored_before_languages_When_read_Then_it_has_none_and_writes_back_the_same_json()
    {
        const string stored = """{"disputeId":"0193a1b2-0000-7000-8000-000000000001","messageId":"0193a1b2-0000-7000-8000-00000000aaaa","text":"Hello.","by":{"kind":"Buyer","id":"buyer-1"},"at":"2026-11-01T10:00:00Z"}""";

        var message = System.Text.Json.JsonSerializer.Deserialize<MessagePosted>(stored, DisputeJson.Options)!;

        message.Language.Should().BeNull();
        System.Text.Json.JsonSerializer.Serialize(message, DisputeJson.Options).Should().NotContain("language");
        System.Text.Json.JsonSerializer.Serialize(message with { Language = Russian }, DisputeJson.Options).Should().Contain("\"language\":\"ru\"");
    }
}
