using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class CaseLanguageSpecs
{
    private readonly DeciderSpec spec = new();

    [Fact]
    public void Given_no_dispute_When_opened_in_Brazilian_Portuguese_Then_the_opening_records_it_and_the_case_is_in_it()
    {
        var opened = spec.When(Open() with { Language = LanguageTag.Parse("pt-br") }, Start).ThenAccepted().OfType<DisputeOpened>().Single();
        opened.Language?.Value.Should().Be("pt-BR");
        spec.ThenState().Language.Should().Be(LanguageTag.Parse("pt-BR"));
    }

    [Fact]
    public void Given_no_dispute_When_opened_without_a_language_Then_nothing_is_recorded_and_the_case_is_in_english()
    {
        var opened = spec.When(Open(), Start).ThenAccepted().OfType<DisputeOpened>().Single();
        opened.Language.Should().BeNull("an opening without a language stays byte for byte what it was before languages");
        spec.ThenState().Language.Should().Be(LanguageTag.Default);
        LanguageTag.Default.Value.Should().Be("en");
    }

    [Fact]
    public void Given_an_opened_dispute_When_the_same_opening_is_retried_in_another_language_Then_it_is_a_different_dispute()
    {
        spec.Given(new DeciderSpec().When(Open() with { Language = LanguageTag.Parse("ru") }, Start).ThenAccepted());
        spec.When(Open() with { Language = LanguageTag.Parse("RU") }, Start).ThenNothing();
        spec.When(Open(), Start).ThenRefused(RefusalKind.DisputeAlreadyExists);
    }

    [Fact]
    public void Given_an_opening_stored_before_languages_When_its_command_is_read_back_Then_the_decider_gives_the_same_event()
    {
        var opened = new DeciderSpec().When(Open(), Start).ThenAccepted();
        var command = CommandReconstruction.At(opened, 0)!;
        DisputeDecider.Decide(command, null, Start, DisputePolicy.Default).Should().BeOfType<Accepted>()
            .Which.Events.Should().Equal(opened);
    }
}
