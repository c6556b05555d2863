using System.Net;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.Projections;

// The async daily statistics per reason through the real API and daemon, after the story in StatisticsStory.
public sealed class DailyStatistics(StatisticsStory<DailyStatistics> story) : IClassFixture<StatisticsStory<DailyStatistics>>
{
    private readonly HttpClient auditor = story.Host.ClientAs("auditor-1", "auditor");

    [Fact]
    public async Task Each_dispute_counts_on_its_opening_day_and_its_closing_day_under_its_reason()
    {
        var page = await auditor.GetJson("/statistics/daily?from=2026-11-20&to=2026-11-30");

        page["from"]!.GetValue<string>().Should().Be("2026-11-20");
        page["to"]!.GetValue<string>().Should().Be("2026-11-30");
        Rows(page).Should().Equal(
            // date, reason, opened, resolved, by deadline, buyer favoured, seller favoured, split, withdrawn, expired
            "2026-11-20 ItemNotReceived 3 2 0 | 2 0 0 0 0",
            "2026-11-20 NotAsDescribed 2 1 0 | 0 0 1 0 0",
            "2026-11-20 DamagedOrDefective 1 0 0 | 0 0 0 0 0",
            "2026-11-20 Counterfeit 1 1 0 | 0 0 0 1 0",
            "2026-11-20 PaymentProblem 1 0 0 | 0 0 0 0 0",
            "2026-11-25 ItemNotReceived 0 1 1 | 1 0 0 0 0",
            "2026-11-30 ItemNotReceived 1 0 0 | 0 0 0 0 0",
            "2026-11-30 NotAsDescribed 0 1 1 | 0 0 0 0 1",
            "2026-11-30 DamagedOrDefective 0 1 0 | 0 1 0 0 0");
    }

    [Fact]
    public async Task A_reason_and_a_range_narrow_the_rows()
    {
        var page = await auditor.GetJson("/statistics/daily?reason=ItemNotReceived&from=2026-11-21&to=2026-11-29");

        page["reason"]!.GetValue<string>().Should().Be("ItemNotReceived");
        Rows(page).Should().Equal("2026-11-25 ItemNotReceived 0 1 1 | 1 0 0 0 0");
    }

    [Fact]
    public async Task Without_dates_the_thirty_days_ending_today_are_shown()
    {
        // The story's clock ends on 2026-11-30.
        var page = await auditor.GetJson("/statistics/daily");

        page["from"]!.GetValue<string>().Should().Be("2026-11-01");
        page["to"]!.GetValue<string>().Should().Be("2026-11-30");
        Rows(page).Should().HaveCount(9);
    }

    [Theory]
    [InlineData("reason=Lost", "reason")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=30.11.2026", "to")]
    [InlineData("from=2026-11-30&to=2026-11-20", "from")]
    [InlineData("from=2025-01-01&to=2026-01-02", "to")]
    public async Task Bad_query_values_are_validation_problems(string query, string field)
    {
        var response = await auditor.GetAsync($"/statistics/daily?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        problem["type"]!.GetValue<string>().Should().EndWith("/invalid-input");
        problem.FieldErrors(field).Should().ContainSingle();
    }

    [Theory]
    [InlineData("storefront", HttpStatusCode.Forbidden)]
    [InlineData("mediator", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Platform_wide_figures_are_for_auditors_and_admins(string role, HttpStatusCode expected)
    {
        var response = await story.Host.ClientAs($"{role}-1", role).GetAsync("/statistics/daily");

        response.StatusCode.Should().Be(expected);
    }

    private static IEnumerable<string> Rows(JsonObject page) => page["days"]!.AsArray().Select(d =>
    {
        var o = d!["outcomes"]!;
        return $"{d["date"]} {d["reason"]} {d["opened"]} {d["resolved"]} {d["resolvedByDeadline"]} | "
            + $"{o["buyerFavoured"]} {o["sellerFavoured"]} {o["split"]} {o["withdrawn"]} {o["expired"]}";
    });
}
