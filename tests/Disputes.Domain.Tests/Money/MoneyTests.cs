using System.Text.Json;

namespace Disputes.Domain.Tests;

public class MoneyTests
{
    private static Money Eur(long cents) => new(cents, "EUR");

    [Fact]
    public void Adds_and_subtracts_in_minor_units()
    {
        (Eur(1000) + Eur(234)).Should().Be(Eur(1234));
        (Eur(1000) - Eur(1234)).Should().Be(Eur(-234));
        Eur(5).Add(Eur(5)).Subtract(Eur(10)).IsZero.Should().BeTrue();
    }

    [Fact]
    public void Compares_amounts_of_one_currency()
    {
        (Eur(1) < Eur(2)).Should().BeTrue();
        (Eur(2) > Eur(1)).Should().BeTrue();
        (Eur(2) <= Eur(2)).Should().BeTrue();
        (Eur(2) >= Eur(3)).Should().BeFalse();
        Eur(3).CompareTo(Eur(3)).Should().Be(0);
        Eur(1).IsPositive.Should().BeTrue();
        Eur(0).IsPositive.Should().BeFalse();
        Eur(-1).IsPositive.Should().BeFalse();
    }

    [Fact]
    public void Mixing_currencies_throws_because_the_decider_must_check_first()
    {
        var usd = new Money(100, "USD");

        FluentActions.Invoking(() => Eur(100) + usd).Should().Throw<CurrencyMismatchException>()
            .WithMessage("*EUR*USD*");
        FluentActions.Invoking(() => Eur(100) - usd).Should().Throw<CurrencyMismatchException>();
        FluentActions.Invoking(() => Eur(100) < usd).Should().Throw<CurrencyMismatchException>();
        FluentActions.Invoking(() => Eur(100) >= usd).Should().Throw<CurrencyMismatchException>();
    }

    [Fact]
    public void Equality_across_currencies_is_false_not_an_error()
    {
        (Eur(100) == new Money(100, "USD")).Should().BeFalse();
    }

    [Fact]
    public void Overflow_throws_instead_of_wrapping()
    {
        FluentActions.Invoking(() => Eur(long.MaxValue) + Eur(1)).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => Eur(long.MinValue) - Eur(1)).Should().Throw<OverflowException>();
    }

    [Fact]
    public void Sum_starts_at_zero_in_the_given_currency()
    {
        Money.Sum([], "JPY").Should().Be(new Money(0, "JPY"));
        Money.Sum([Eur(100), Eur(250), Eur(1)], "EUR").Should().Be(Eur(351));
        FluentActions.Invoking(() => Money.Sum([Eur(1)], "USD")).Should().Throw<CurrencyMismatchException>();
    }

    [Theory]
    [InlineData(1234, "EUR", "12.34 EUR")]
    [InlineData(5, "EUR", "0.05 EUR")]
    [InlineData(-1234, "EUR", "-12.34 EUR")]
    [InlineData(0, "EUR", "0.00 EUR")]
    [InlineData(1000, "JPY", "1000 JPY")]
    [InlineData(1234, "BHD", "1.234 BHD")]
    [InlineData(12345, "CLF", "1.2345 CLF")]
    [InlineData(1234, "ABC", "1234 ABC")]
    public void Formats_with_the_currencys_minor_units_in_invariant_culture(long amount, string currency, string expected)
    {
        new Money(amount, currency).ToString().Should().Be(expected);
    }

    [Fact]
    public void Serializes_as_amount_and_currency_only()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(Eur(1234), options);

        json.Should().Be("""{"amount":1234,"currency":"EUR"}""");
        JsonSerializer.Deserialize<Money>(json, options).Should().Be(Eur(1234));
    }
}
