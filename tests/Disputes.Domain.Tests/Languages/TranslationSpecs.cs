using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class TranslationSpecs
{
    private readonly DeciderSpec spec = new();
    private static readonly string WrongSize = Sha256Text.Of("Wrong size.");

    [Fact]
    public void Given_a_buyers_description_When_a_mediator_adds_a_machine_translation_Then_it_is_stored_beside_the_original_with_its_provenance()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(Translate(), story.Now).Then(
            new TextTranslated(DisputeId, 1, LanguageTag.English, LanguageTag.Parse("ru"), "Не тот размер.", WrongSize, "mt-engine", Mediator, story.Now));

        var text = spec.ThenState().Texts[1];
        text.Sha256.Should().Be(WrongSize);
        text.Translations.Should().ContainSingle().Which.Engine.Should().Be("mt-engine");
        spec.ThenState().Description.Should().Be("Wrong size.", "the original is never replaced");
    }

    [Fact]
    public void Given_a_message_in_russian_When_the_platform_translates_it_into_english_Then_it_is_from_russian()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(Message() with { Text = "Посылка не пришла.", Language = LanguageTag.Parse("ru") });
        var version = story.State!.EventCount;
        story.State.Texts[version].Language.Should().Be(LanguageTag.Parse("ru"));

        var translation = Translate("en", "The parcel did not arrive.", Platform, version, Sha256Text.Of("Посылка не пришла."), engine: null);
        spec.Given(story.History).When(translation, story.Now).ThenAccepted().Should().ContainSingle()
            .Which.Should().BeOfType<TextTranslated>().Which.From.Should().Be(LanguageTag.Parse("ru"));
    }

    [Fact]
    public void Given_a_hash_of_another_text_When_translated_Then_the_translation_is_refused_as_made_from_another_text()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(Translate(sha256: Sha256Text.Of("Wrong colour.")), story.Now)
            .ThenRefused(RefusalKind.RuleViolated, "translation-of-another-text");
    }

    [Fact]
    public void Given_a_version_that_holds_no_text_When_translated_Then_there_is_nothing_to_translate()
    {
        // Version 2 is the seller-response clock's scheduling, written by the engine.
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(Translate(version: 2), story.Now).ThenRefused(RefusalKind.RuleViolated, "text-not-found");
    }

    [Fact]
    public void Given_a_translation_into_the_originals_own_language_When_sent_Then_the_target_is_refused()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(Translate("en"), story.Now).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("to");
    }

    [Fact]
    public void Given_a_translation_on_record_When_the_same_is_sent_again_Then_it_is_a_repeat_and_another_language_is_added()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(Translate());
        spec.Given(story.History).When(Translate(), story.Now).ThenNothing();

        var both = story.Do(Translate("de", "Falsche Größe.")).State!.Texts[1].Translations;
        both.Select(t => t.To.Value).Should().Equal("ru", "de");
    }

    [Fact]
    public void Given_a_closed_dispute_When_a_mediator_translates_a_text_Then_it_is_still_accepted_and_the_dispute_stays_closed()
    {
        var story = Story.In(DisputeStatus.Closed);
        spec.Given(story.History).When(Translate(), story.Now).ThenAccepted().Should().ContainSingle();
        spec.ThenState().Status.Should().Be(DisputeStatus.Closed);
    }

    [Theory]
    [MemberData(nameof(Parties))]
    public void Given_a_dispute_When_a_party_translates_a_text_Then_only_mediators_and_the_platform_may(Actor party)
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(Translate(by: party), story.Now).ThenRefused(RefusalKind.WrongActor);
    }

    public static TheoryData<Actor> Parties() => new() { Buyer, Seller };

    [Fact]
    public void Given_a_text_with_ten_translations_When_an_eleventh_is_sent_Then_the_limit_is_reached()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        foreach (var to in new[] { "ru", "de", "fr", "es", "it", "pt", "pl", "nl", "sv", "fi" })
            story.Do(Translate(to, $"({to})"));
        spec.Given(story.History).When(Translate("da", "Forkert størrelse."), story.Now + Duration.FromMinutes(1))
            .ThenRefused(RefusalKind.RuleViolated, "translation-limit");
    }

    [Fact]
    public void Given_an_empty_translation_When_sent_Then_the_translation_field_is_refused()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(Translate(translation: " "), story.Now).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("translation");
    }
}
