namespace Disputes.Domain.Tests;

public class CurrencyTests
{
    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("RUB", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("ISK", 0)]
    [InlineData("CLP", 0)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    [InlineData("JOD", 3)]
    [InlineData("TND", 3)]
    [InlineData("OMR", 3)]
    [InlineData("LYD", 3)]
    [InlineData("IQD", 3)]
    [InlineData("CLF", 4)]
    [InlineData("UYW", 4)]
    [InlineData("XCG", 2)]
    [InlineData("ZWG", 2)]
    public void Finds_active_codes_with_their_minor_units(string code, int minorUnits)
    {
        Currency.TryFind(code, out var currency).Should().BeTrue();
        currency!.MinorUnits.Should().Be(minorUnits);
    }

    [Theory]
    [InlineData("XAU")]
    [InlineData("XAG")]
    [InlineData("XPT")]
    [InlineData("XPD")]
    [InlineData("XXX")]
    [InlineData("XTS")]
    [InlineData("XDR")]
    [InlineData("HRK")]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_unknown_lower_case_and_unitless_codes(string? code)
    {
        Currency.TryFind(code, out var currency).Should().BeFalse();
        currency.Should().BeNull();
    }

    [Fact]
    public void Table_has_unique_upper_case_three_letter_codes()
    {
        Currency.All.Should().HaveCountGreaterThan(150);
        Currency.All.Select(c => c.Code).Should().OnlyHaveUniqueItems()
            .And.AllSatisfy(code => code.Should().MatchRegex("^[A-Z]{3}$"));
        Currency.All.Select(c => c.MinorUnits).Should().AllSatisfy(units => units.Should().BeInRange(0, 4));
    }
}
