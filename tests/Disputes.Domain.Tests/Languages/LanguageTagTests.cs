using System.Text.Json;

namespace Disputes.Domain.Tests;

public class LanguageTagTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("RU", "ru")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("ZH-hant-tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("sl-rozaj-BISKE", "sl-rozaj-biske")]
    public void Given_a_well_formed_tag_When_parsed_Then_it_is_in_canonical_case(string text, string canonical) =>
        LanguageTag.Parse(text).ToString().Should().Be(canonical);

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("en-US-")]
    [InlineData("12")]
    [InlineData("en-U")]
    [InlineData(" en")]
    public void Given_a_malformed_tag_When_parsed_Then_it_is_refused(string text) =>
        LanguageTag.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Given_tags_of_one_language_When_compared_Then_a_speaker_serves_every_region_of_it()
    {
        LanguageTag.Parse("pt").Serves(LanguageTag.Parse("pt-BR")).Should().BeTrue();
        LanguageTag.Parse("en-GB").Serves(LanguageTag.Parse("en")).Should().BeTrue();
        LanguageTag.Parse("ru").Serves(LanguageTag.Parse("en")).Should().BeFalse();
    }

    [Fact]
    public void Given_a_tag_When_serialized_Then_it_is_a_plain_string_both_ways()
    {
        JsonSerializer.Serialize(LanguageTag.Parse("pt-br")).Should().Be("\"pt-BR\"");
        JsonSerializer.Deserialize<LanguageTag>("\"RU\"").Should().Be(LanguageTag.Parse("ru"));
        var bad = () => JsonSerializer.Deserialize<LanguageTag>("\"not a tag\"");
        bad.Should().Throw<JsonException>();
    }
}
