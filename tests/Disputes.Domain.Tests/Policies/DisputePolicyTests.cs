using NodaTime;

namespace Disputes.Domain.Tests;

public class DisputePolicyTests
{
    [Fact]
    public void Defaults_match_the_policy_table_in_the_design()
    {
        var policy = DisputePolicy.Default;

        policy.Version.Should().Be("2026-12-01");
        policy.SellerResponse.Should().Be(Duration.FromDays(5));
        policy.OnSellerSilence.Should().Be(SellerSilenceConsequence.RefundBuyer);
        policy.BuyerReplyToOffer.Should().Be(Duration.FromDays(10));
        policy.NegotiationLimit.Should().Be(Duration.FromDays(15));
        policy.EvidenceResponse.Should().Be(Duration.FromDays(3));
        policy.MediatorDecisionSla.Should().Be(Duration.FromHours(126));
        policy.ReturnShipment.Should().Be(Duration.FromDays(10));
        policy.ReturnConfirmation.Should().Be(Duration.FromDays(5));
        policy.AppealWindow.Should().Be(Duration.FromDays(7));
        policy.Calendar.Should().Be(MediationCalendar.Default);
        policy.MaxEvidenceItems.Should().Be(50);
        policy.MaxEvidenceBytes.Should().Be(10 * 1024 * 1024);
        policy.MaxTextLength.Should().Be(2000);
        policy.MaxProposals.Should().Be(6);
        policy.RejectionEscalates.Should().BeFalse();
        policy.SellerReplyToOffer.Should().Be(Duration.FromDays(5));
        policy.GoodsRemedies.Should().BeTrue();
        policy.ReplacementShipment.Should().Be(Duration.FromDays(7));
        policy.ReplacementConfirmation.Should().Be(Duration.FromDays(14));
        policy.MaxExtensions.Should().Be(2);
        policy.MaxExtension.Should().Be(Duration.FromDays(7));
        policy.Reopening.Should().Be(ReopeningRule.AfterWithdrawal);
        policy.ValidateTrackingNumbers.Should().BeTrue();
        policy.Validate().Should().BeEmpty();
    }

    // Disputes opened before the negotiation rules keep theirs: one offer, a rejection escalates, money remedies only,
    // no extensions, any order disputed again. Stored policies that lack the new fields read back as exactly this.
    [Fact]
    public void The_single_offer_policy_keeps_the_rules_of_its_day()
    {
        var policy = DisputePolicy.SingleOffer;

        policy.Version.Should().Be("2026-11-01");
        policy.MaxProposals.Should().Be(1);
        policy.RejectionEscalates.Should().BeTrue();
        policy.GoodsRemedies.Should().BeFalse();
        policy.MaxExtensions.Should().Be(0);
        policy.Reopening.Should().Be(ReopeningRule.Always);
        policy.ValidateTrackingNumbers.Should().BeFalse();
        (policy with { Version = DisputePolicy.DefaultVersion }).Should().NotBe(DisputePolicy.Default);
    }

    [Fact]
    public void Mediator_sla_of_seven_working_days_ends_seven_windows_later()
    {
        var policy = DisputePolicy.Default;
        var escalatedAt = new LocalDateTime(2026, 11, 25, 7, 0).InZoneStrictly(policy.Calendar.Zone).ToInstant();

        policy.Calendar.AddWorkingTime(escalatedAt, policy.MediatorDecisionSla)
            .Should().Be(new LocalDateTime(2026, 12, 2, 1, 0).InZoneStrictly(policy.Calendar.Zone).ToInstant());
    }

    [Fact]
    public void Validate_lists_every_problem()
    {
        var policy = DisputePolicy.Default with
        {
            Version = " ",
            SellerResponse = Duration.Zero,
            AppealWindow = Duration.FromDays(-1),
            MaxEvidenceItems = 0,
            MaxEvidenceBytes = -1,
            MaxTextLength = 0,
        };

        policy.Validate().Should().HaveCount(6)
            .And.Contain(p => p.Contains("Version"))
            .And.Contain(p => p.Contains("SellerResponse"))
            .And.Contain(p => p.Contains("AppealWindow"))
            .And.Contain(p => p.Contains("MaxEvidenceItems"))
            .And.Contain(p => p.Contains("MaxEvidenceBytes"))
            .And.Contain(p => p.Contains("MaxTextLength"));
    }

    [Fact]
    public void Negotiation_limit_must_outlast_the_sellers_first_response()
    {
        var policy = DisputePolicy.Default with { NegotiationLimit = Duration.FromDays(5) };

        policy.Validate().Should().ContainSingle().Which.Should().Contain("NegotiationLimit");
    }
}
