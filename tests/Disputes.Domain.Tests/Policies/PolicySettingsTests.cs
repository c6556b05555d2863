using NodaTime;

namespace Disputes.Domain.Tests;

public class PolicySettingsTests
{
    [Fact]
    public void GivenEmptySettings_WhenBuildingAPolicy_ThenEveryValueIsTheDefault()
    {
        DisputePolicy.FromSettings(new PolicySettings()).Should().Be(DisputePolicy.Default);
    }

    [Fact]
    public void GivenBlankStrings_WhenBuildingAPolicy_ThenTheyCountAsMissing()
    {
        var settings = new PolicySettings { SellerResponse = "", CalendarTimeZone = "  ", OnSellerSilence = "" };

        DisputePolicy.FromSettings(settings).Should().Be(DisputePolicy.Default);
    }

    [Fact]
    public void GivenEverySetting_WhenBuildingAPolicy_ThenEachIsParsed()
    {
        var settings = new PolicySettings
        {
            Version = "demo",
            SellerResponse = "PT30S",
            OnSellerSilence = "escalate",
            BuyerReplyToOffer = "PT1M",
            NegotiationLimit = "PT2M",
            EvidenceResponse = "PT45S",
            MediatorDecisionSla = "PT126H",
            ReturnShipment = "P1DT12H",
            ReturnConfirmation = "P2W",
            AppealWindow = "PT0.5S",
            CalendarTimeZone = "Europe/Berlin",
            CalendarDayStart = "09:00",
            CalendarDayEnd = "17:30:00",
            CalendarWorkingDays = "Monday, tuesday,WEDNESDAY",
            MaxEvidenceItems = 5,
            MaxEvidenceBytes = 1024,
            MaxTextLength = 280,
        };

        var policy = DisputePolicy.FromSettings(settings);

        policy.Version.Should().Be("demo");
        policy.SellerResponse.Should().Be(Duration.FromSeconds(30));
        policy.OnSellerSilence.Should().Be(SellerSilenceConsequence.Escalate);
        policy.BuyerReplyToOffer.Should().Be(Duration.FromMinutes(1));
        policy.NegotiationLimit.Should().Be(Duration.FromMinutes(2));
        policy.EvidenceResponse.Should().Be(Duration.FromSeconds(45));
        policy.MediatorDecisionSla.Should().Be(Duration.FromHours(126));
        policy.ReturnShipment.Should().Be(Duration.FromHours(36));
        policy.ReturnConfirmation.Should().Be(Duration.FromDays(14));
        policy.AppealWindow.Should().Be(Duration.FromMilliseconds(500));
        policy.Calendar.TimeZoneId.Should().Be("Europe/Berlin");
        policy.Calendar.DayStart.Should().Be(new LocalTime(9, 0));
        policy.Calendar.DayEnd.Should().Be(new LocalTime(17, 30));
        policy.Calendar.WorkingDays.Should().BeEquivalentTo(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday]);
        policy.MaxEvidenceItems.Should().Be(5);
        policy.MaxEvidenceBytes.Should().Be(1024);
        policy.MaxTextLength.Should().Be(280);
    }

    [Fact]
    public void GivenACustomCalendarAndNoSla_WhenBuildingAPolicy_ThenTheSlaIsSevenOfItsWorkingDays()
    {
        var settings = new PolicySettings { CalendarDayStart = "09:00", CalendarDayEnd = "18:00" };

        DisputePolicy.FromSettings(settings).MediatorDecisionSla.Should().Be(Duration.FromHours(63));
    }

    [Theory]
    [InlineData("5 days", "ISO-8601")]
    [InlineData("P1M", "months")]
    [InlineData("P1Y", "months")]
    [InlineData("P", "ISO-8601")]
    [InlineData("PT-5S", "positive")]
    [InlineData("PT0S", "positive")]
    public void GivenAMalformedDuration_WhenBuildingAPolicy_ThenTheErrorNamesKeyAndValue(string value, string reason)
    {
        var act = () => DisputePolicy.FromSettings(new PolicySettings { EvidenceResponse = value });

        act.Should().Throw<PolicyConfigurationException>()
            .Which.Message.Should().Contain("EvidenceResponse").And.Contain(value).And.Contain(reason);
    }

    [Theory]
    [InlineData(nameof(PolicySettings.OnSellerSilence), "Ignore")]
    [InlineData(nameof(PolicySettings.OnSellerSilence), "1")]
    [InlineData(nameof(PolicySettings.CalendarTimeZone), "Moscow")]
    [InlineData(nameof(PolicySettings.CalendarDayStart), "7am")]
    [InlineData(nameof(PolicySettings.CalendarDayEnd), "25:00")]
    [InlineData(nameof(PolicySettings.CalendarWorkingDays), "Monday,Funday")]
    public void GivenABadValue_WhenBuildingAPolicy_ThenTheErrorNamesKeyAndValue(string key, string value)
    {
        var settings = new PolicySettings();
        typeof(PolicySettings).GetProperty(key)!.SetValue(settings, value);

        var act = () => DisputePolicy.FromSettings(settings);

        var error = act.Should().Throw<PolicyConfigurationException>().Which;
        error.Key.Should().Be(key);
        error.Value.Should().Be(value);
        error.Message.Should().Contain(key).And.Contain(value);
    }

    [Fact]
    public void GivenLimitsOutOfRange_WhenBuildingAPolicy_ThenEveryProblemIsReported()
    {
        var act = () => DisputePolicy.FromSettings(new PolicySettings { MaxEvidenceItems = 0, MaxTextLength = -1 });

        act.Should().Throw<PolicyConfigurationException>()
            .Which.Problems.Should().HaveCount(2);
    }
}

public class AmountLimitSettingsTests
{
    [Fact]
    public void GivenNoAmountSettings_WhenBuildingAPolicy_ThenEveryCurrencyIsBoundedByTheDefaultBelowTwoToThe53()
    {
        var policy = DisputePolicy.FromSettings(new PolicySettings());

        policy.MaxAmount.For("EUR").Should().Be(AmountLimits.DefaultMax);
        policy.MaxAmount.For("IRR").Should().Be(1_000_000_000_000_000);
        AmountLimits.DefaultMax.Should().BeLessThan(1L << 53, "every amount stays exact in a JavaScript client");
    }

    [Fact]
    public void GivenADefaultAndPerCurrencyBounds_WhenBuildingAPolicy_ThenEachCurrencyHasItsOwn()
    {
        var policy = DisputePolicy.FromSettings(new PolicySettings
        {
            MaxAmount = 5_000_000_00,
            MaxAmountByCurrency = new Dictionary<string, long> { ["JPY"] = 50_000_000, ["IRR"] = 9_007_199_254_740_991 },
        });

        policy.MaxAmount.For("EUR").Should().Be(5_000_000_00);
        policy.MaxAmount.For("JPY").Should().Be(50_000_000);
        policy.MaxAmount.For("IRR").Should().Be(9_007_199_254_740_991);
        policy.Should().Be(DisputePolicy.FromSettings(new PolicySettings
        {
            MaxAmount = 5_000_000_00,
            MaxAmountByCurrency = new Dictionary<string, long> { ["IRR"] = 9_007_199_254_740_991, ["JPY"] = 50_000_000 },
        }), "policies are compared by what they say, whatever the order of the currencies");
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(9_007_199_254_740_992L)]
    public void GivenADefaultBoundOutOfRange_WhenBuildingAPolicy_ThenTheErrorNamesIt(long value)
    {
        var act = () => DisputePolicy.FromSettings(new PolicySettings { MaxAmount = value });

        act.Should().Throw<PolicyConfigurationException>().Which.Message.Should().Contain("MaxAmount").And.Contain(value.ToString());
    }

    [Theory]
    [InlineData("XYZ", 100L)]
    [InlineData("jpy", 100L)]
    [InlineData("JPY", 0L)]
    [InlineData("JPY", 9_007_199_254_740_992L)]
    public void GivenABadPerCurrencyBound_WhenBuildingAPolicy_ThenTheErrorNamesTheCurrency(string currency, long value)
    {
        var act = () => DisputePolicy.FromSettings(new PolicySettings { MaxAmountByCurrency = new Dictionary<string, long> { [currency] = value } });

        act.Should().Throw<PolicyConfigurationException>().Which.Message.Should().Contain("MaxAmountByCurrency").And.Contain(currency);
    }
}

public class AmountLimitJsonTests
{
    [Fact]
    public void GivenPerCurrencyBounds_WhenAnOpeningIsStoredAndRead_ThenThePolicyIsTheSameWithCodesAsWritten()
    {
        var policy = DisputePolicy.Default with
        {
            Version = "bounded",
            MaxAmount = new AmountLimits { AllCurrencies = 5_000_000, ByCurrency = [new Money(50_000_000, "JPY"), new Money(1_000, "USD")] },
        };

        var json = DisputeJson.Serialize(policy);
        var read = System.Text.Json.JsonSerializer.Deserialize<DisputePolicy>(json, DisputeJson.Options);

        read.Should().Be(policy);
        json.Should().Contain("\"currency\":\"USD\"").And.NotContain("largest", "derived figures are not stored");
    }
}
