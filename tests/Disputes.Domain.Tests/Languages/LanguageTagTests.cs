using System.Text.Json;

namespace Disputes.Domain.Tests;

public class LanguageTagTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("RU", "ru")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("ZH-hant-tw", "zh-Hant-TW")]
    [InlineData("sr-Latn", "sr-Latn")]
    [InlineData("es-419", "es-419")]
    [InlineData("de-CH-1996", "de-CH-1996")]
    public void Given_a_well_formed_tag_When_parsed_Then_it_is_written_in_canonical_case(string text, string canonical)
    {
        LanguageTag.TryParse(text, out var tag).Should().BeTrue();
        tag.ToString().Should().Be(canonical);
        tag.Should().Be(LanguageTag.Parse(canonical), "tags differing only in case are one tag");
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("englishlanguage")]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--US")]
    [InlineData("1234")]
    [InlineData("en-toolongsubtag")]
    [InlineData("ру")]
    [InlineData("x-private")]
    public void Given_a_malformed_tag_When_parsed_Then_it_is_refused(string text)
    {
        LanguageTag.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => LanguageTag.Parse(text)).Should().Throw<FormatException>();
    }

    [Fact]
    public void Given_a_tag_When_serialised_Then_it_is_a_plain_json_string_and_reads_back_canonical()
    {
        JsonSerializer.Serialize(LanguageTag.Parse("pt-BR")).Should().Be("\"pt-BR\"");
        JsonSerializer.Deserialize<LanguageTag>("\"PT-br\"").Should().Be(LanguageTag.Parse("pt-BR"));
        FluentActions.Invoking(() => JsonSerializer.Deserialize<LanguageTag>("\"en_US\"")).Should().Throw<JsonException>();
        FluentActions.Invoking(() => JsonSerializer.Deserialize<LanguageTag>("42")).Should().Throw<JsonException>();
    }

    [Fact]
    public void Given_the_default_value_Then_it_reads_as_English()
    {
        default(LanguageTag).ToString().Should().Be("en");
        LanguageTag.Parse("pt-BR").Language.Should().Be("pt");
    }

    [Theory]
    [InlineData("es-419", "es-419")]
    [InlineData("sl-rozaj-BISKE", "sl-rozaj-biske")]
    public void Given_a_region_by_number_or_a_variant_When_parsed_Then_it_is_kept_in_canonical_case(string text, string canonical) =>
        LanguageTag.Parse(text).ToString().Should().Be(canonical);

    [Theory]
    [InlineData("en-U")]
    [InlineData("en-US-")]
    [InlineData("12")]
    public void Given_a_singleton_a_trailing_hyphen_or_digits_When_parsed_Then_it_is_refused(string text) =>
        LanguageTag.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Given_tags_of_one_language_When_compared_Then_a_speaker_serves_every_region_of_it()
    {
        LanguageTag.Parse("pt").Serves(LanguageTag.Parse("pt-BR")).Should().BeTrue();
        LanguageTag.Parse("en-GB").Serves(LanguageTag.Parse("en")).Should().BeTrue();
        LanguageTag.Parse("ru").Serves(LanguageTag.Parse("en")).Should().BeFalse();
    }
}
