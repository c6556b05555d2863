using NodaTime;

namespace Disputes.Domain.Tests;

public class PolicyCatalogTests
{
    private static readonly DisputePolicy Old = DisputePolicy.Default with
    {
        Version = "2025-01-01",
        SellerResponse = Duration.FromDays(7),
    };

    [Fact]
    public void Default_catalog_holds_the_default_policy_and_the_single_offer_one_before_it()
    {
        PolicyCatalog.Default.Current.Should().BeSameAs(DisputePolicy.Default);
        PolicyCatalog.Default.All.Select(p => p.Version).Should().BeEquivalentTo(["2026-11-01", "2026-12-01"]);
        PolicyCatalog.Default.Get(DisputePolicy.SingleOfferVersion).Should().BeSameAs(DisputePolicy.SingleOffer);
    }

    [Fact]
    public void GivenSeveralVersions_WhenLookingUp_ThenEachVersionComesBack()
    {
        var catalog = new PolicyCatalog([Old, DisputePolicy.Default], "2026-12-01");

        catalog.Current.Should().Be(DisputePolicy.Default);
        catalog.Get("2025-01-01").SellerResponse.Should().Be(Duration.FromDays(7));
        catalog.TryGet("2025-01-01", out var old).Should().BeTrue();
        old.Should().Be(Old);
        catalog.TryGet("1999-01-01", out _).Should().BeFalse();
    }

    [Fact]
    public void GivenAnUnknownVersion_WhenGetting_ThenTheErrorListsTheKnownOnes()
    {
        var catalog = new PolicyCatalog([Old, DisputePolicy.Default], "2026-12-01");

        FluentActions.Invoking(() => catalog.Get("2030-01-01"))
            .Should().Throw<KeyNotFoundException>().WithMessage("*'2030-01-01'*2025-01-01, 2026-12-01*");
    }

    [Fact]
    public void GivenDuplicateVersions_WhenBuilding_ThenItThrows()
    {
        FluentActions.Invoking(() => new PolicyCatalog([DisputePolicy.Default, DisputePolicy.Default with { }], "2026-12-01"))
            .Should().Throw<ArgumentException>().WithMessage("*duplicated: 2026-12-01*");
    }

    [Fact]
    public void GivenACurrentVersionThatIsNotInTheList_WhenBuilding_ThenItThrows()
    {
        FluentActions.Invoking(() => new PolicyCatalog([Old], "2026-12-01"))
            .Should().Throw<ArgumentException>().WithMessage("*'2026-12-01'*2025-01-01*");
    }

    [Fact]
    public void GivenAnInvalidPolicy_WhenBuilding_ThenItThrows()
    {
        FluentActions.Invoking(() => new PolicyCatalog([Old with { MaxTextLength = 0 }], "2025-01-01"))
            .Should().Throw<PolicyConfigurationException>().WithMessage("*2025-01-01*MaxTextLength*");
    }
}
