using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Disputes.ConsoleTests;

// An auditor in a real browser: scrubs a dispute's history with the slider, verifies it intact, exports it; then, after
// one stored event is altered behind the API's back, sees the broken link named and marked; then statistics, and a
// what-if replay of the store under a candidate policy.
public sealed class AuditorJourney(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ConsoleHost host = new("console_auditor");
    private Browser browser = null!;

    public async Task InitializeAsync()
    {
        await host.Start();
        browser = await Browser.Launch();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await host.DisposeAsync();
    }

    private async Task Shot(IPage page, string name) => output.WriteLine($"screenshot: {await Screenshots.Save(page, name)}");

    [Fact]
    public async Task An_auditor_scrubs_the_timeline_sees_intact_and_after_tampering_the_broken_link()
    {
        var storefront = host.Storefront();
        var id = Guid.NewGuid();
        await Seeds.Open(storefront, id, $"order-{id.ToString()[..8]}", "Never arrived.");
        await Seeds.Offer(storefront, id);
        await Seeds.Escalate(storefront, id);
        await Seeds.Send(host.Client("mediator-9", "mediator"), $"/mediation/disputes/{id}/claim", new { });

        var page = await browser.NewPage();
        await page.GotoAsync(host.BaseUrl + "/console/");
        await page.GetByLabel("Role").SelectOptionAsync("auditor");
        await page.GetByLabel("User id (sub)").FillAsync("auditor-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify every dispute" }).ClickAsync();
        await Expect(page.Locator("#store-verification [data-verdict]")).ToContainTextAsync("Intact");
        await Shot(page, "07-audit-home-intact");

        await page.Locator($"a[href='#/audit/{id}']").ClickAsync();
        var status = page.Locator("#state-status");
        await Expect(status).ToHaveTextAsync("Under mediation");

        // The slider, by keyboard: Home is the opening, End today.
        var slider = page.GetByLabel("Version", new() { Exact = true });
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await Expect(page.Locator("#slider-value")).ToContainTextAsync("Version 1: DisputeOpened");
        await Expect(status).ToHaveTextAsync("Awaiting seller response");
        await Expect(page.Locator("tr[data-version='2'].future")).ToHaveCountAsync(1);
        await Shot(page, "08-audit-slider-at-opening");
        var offerVersion = await host.Scalar<long>("select version from {schema}.mt_events where stream_id = $1 and type = 'seller_offer_made'", id);
        await slider.FillAsync(offerVersion.ToString());
        await Expect(status).ToHaveTextAsync("Awaiting buyer reply");
        await page.Keyboard.PressAsync("End");
        await Expect(status).ToHaveTextAsync("Under mediation");

        await page.GetByRole(AriaRole.Button, new() { Name = "Verify this dispute" }).ClickAsync();
        await Expect(page.Locator("#dispute-verification [data-verdict='intact']")).ToContainTextAsync("Intact");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export events (NDJSON)" }).ClickAsync());
        var exported = await File.ReadAllLinesAsync((await download.PathAsync())!);
        exported.Should().HaveCount(await page.Locator("table.events tbody tr").CountAsync()).And.OnlyContain(line => line.Contains(id.ToString()));
        await Shot(page, "09-audit-dispute-intact");

        // Behind the API's back: the seller's offer, raised in the stored event.
        (await host.Sql("update {schema}.mt_events set data = jsonb_set(data, '{refundAmount,amount}', '4999') where stream_id = $1 and version = $2", id, offerVersion))
            .Should().Be(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify this dispute" }).ClickAsync();
        await Expect(page.Locator("#dispute-verification [data-verdict='broken']")).ToContainTextAsync($"version {offerVersion}");
        await Expect(page.Locator($"tr[data-version='{offerVersion}'].broken-link")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr.broken-link")).ToHaveCountAsync(1);
        await Shot(page, "10-audit-dispute-broken-link");

        await page.GotoAsync($"{host.BaseUrl}/console/#/audit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify every dispute" }).ClickAsync();
        await Expect(page.Locator("#store-verification [data-verdict='broken']")).ToContainTextAsync(id.ToString());
        await Shot(page, "11-audit-store-broken");

        await page.GetByRole(AriaRole.Link, new() { Name = "Statistics" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Statistics" })).ToBeVisibleAsync();
        await Expect(page.Locator("#scorecard figure")).ToBeVisibleAsync();
        await Shot(page, "12-statistics");

        // What-if: a one-day seller clock changes nothing for a seller who answered within seconds.
        await page.GetByRole(AriaRole.Link, new() { Name = "What-if" }).ClickAsync();
        await page.GetByLabel("Seller response").FillAsync("P1D");
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();
        await Expect(page.Locator("#wi-disputes")).ToHaveTextAsync("1");
        await Expect(page.Locator("#wi-diverged")).ToHaveTextAsync("0");
        await Expect(page.GetByText("Current and candidate compared").First).ToBeVisibleAsync();
        await Shot(page, "14-what-if");
    }
}
