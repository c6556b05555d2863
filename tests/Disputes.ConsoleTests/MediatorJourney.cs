using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Disputes.ConsoleTests;

// A mediator's morning in a real browser: sign in, claim from the queue, ask for evidence, read the clocks and why they
// run, decide; and the same decision from a second tab that loaded the case earlier is shown as a conflict.
public sealed class MediatorJourney(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ConsoleHost host = new("console_mediator");
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

    private async Task<IPage> SignIn(string subject, string role, int width = 1280)
    {
        var page = await browser.NewPage(width);
        await page.GotoAsync(host.BaseUrl + "/console/");
        await page.GetByLabel("Role").SelectOptionAsync(role);
        await page.GetByLabel("User id (sub)").FillAsync(subject);
        // The keyboard, as a person would: Enter submits the sign-in form.
        await page.GetByLabel("User id (sub)").PressAsync("Enter");
        await Expect(page.Locator("#who")).ToContainTextAsync(subject);
        return page;
    }

    [Fact]
    public async Task A_mediator_claims_requests_evidence_reads_the_clocks_and_decides_and_a_stale_tab_sees_a_conflict()
    {
        var storefront = host.Storefront();
        var id = Guid.NewGuid();
        var order = $"order-{id.ToString()[..8]}";
        await Seeds.Open(storefront, id, order, "<img src=x onerror=\"document.title='pwned'\"> never arrived");
        await Seeds.Offer(storefront, id);
        await Seeds.Escalate(storefront, id);
        var other = Guid.NewGuid();
        await Seeds.Open(storefront, other, $"order-{other.ToString()[..8]}", "Second case.");
        await Seeds.Escalate(storefront, other);

        var signIn = await browser.NewPage();
        await signIn.GotoAsync(host.BaseUrl + "/console");
        await Expect(signIn.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Shot(signIn, "01-sign-in");

        var page = await SignIn("mediator-1", "mediator");
        var row = page.Locator($"tr[data-dispute='{id}']");
        await Expect(row).ToContainTextAsync("unassigned");
        await Shot(page, "02-mediator-queue");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Claim case {order}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Dispute on order {order}" })).ToBeVisibleAsync();
        await Expect(page.Locator(".badge.status")).ToHaveTextAsync("Under mediation");
        // The buyer's text is shown as text: the markup is visible and nothing ran.
        await Expect(page.Locator(".facts dd", new() { HasText = "<img src=x" })).ToBeVisibleAsync();
        (await page.TitleAsync()).Should().NotBe("pwned");

        // The stale tab: the same mediator, the case as it is now, before anything else happens.
        var stale = await SignIn("mediator-1", "mediator");
        await stale.GotoAsync($"{host.BaseUrl}/console/#/disputes/{id}");
        await Expect(stale.Locator("#decision-form")).ToBeVisibleAsync();

        await page.GetByLabel("From").SelectOptionAsync("Buyer");
        await page.GetByLabel("What is needed").FillAsync("A photo of the parcel label, please.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Expect(page.Locator(".badge.status")).ToHaveTextAsync("Awaiting evidence");

        // Each running clock with its rule, policy, starting event and, for the SLA, the calendar's working windows.
        var evidence = page.Locator("[data-clock='EvidenceResponse']");
        await Expect(evidence).ToContainTextAsync("party-answers-evidence-request");
        await Expect(evidence).ToContainTextAsync("EvidenceRequested");
        await Expect(evidence).ToContainTextAsync("+ 3 d =");
        var sla = page.Locator("[data-clock='MediatorDecisionSla']");
        await Expect(sla).ToContainTextAsync("mediator-decision-sla");
        await Expect(sla).ToContainTextAsync("DisputeEscalated");
        await Expect(sla).ToContainTextAsync("of working time");
        await Expect(sla).ToContainTextAsync("Europe/Moscow, 07:00–01:00");
        await Expect(sla.Locator("table.windows tbody tr").First).ToBeVisibleAsync();
        // Why the mediator cannot decide yet: the decider's own refusal, rule included.
        var mediator = page.Locator("[data-participant='Mediator']");
        await mediator.Locator("summary", new() { HasText = "Blocked" }).ClickAsync();
        await Expect(mediator.Locator("[data-action='RecordDecision']")).ToContainTextAsync("RecordDecision is not possible while the dispute is AwaitingEvidence.");
        await Expect(mediator.Locator("[data-action='RecordDecision']")).ToContainTextAsync("action-not-allowed-in-state");
        await Expect(page.Locator(".lifecycle [data-state='AwaitingEvidence'].current")).ToHaveCountAsync(1);
        await Expect(page.Locator(".lifecycle [data-edge='AwaitingMediator>UnderMediation'].taken")).ToHaveCountAsync(1);
        await Shot(page, "03-dispute-clocks-and-explanations");

        await Seeds.Evidence(storefront, id, "<img src=x onerror=alert(1)>label.jpg");
        await page.ReloadAsync();
        await Expect(page.Locator(".badge.status")).ToHaveTextAsync("Under mediation");
        await Expect(page.Locator("li[data-type='EvidenceAdded']")).ToContainTextAsync("<img src=x onerror=alert(1)>label.jpg");

        await page.GetByLabel("Outcome").SelectOptionAsync("FullRefund");
        await page.GetByLabel("Rationale").FillAsync("The carrier never scanned the parcel.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator(".badge.status")).ToHaveTextAsync("Decided");
        await Expect(page.Locator("[data-clock='AppealWindow']")).ToContainTextAsync("appeal-window");
        await Shot(page, "04-dispute-decided");

        await stale.GetByLabel("Outcome").SelectOptionAsync("ClaimRejected");
        await stale.GetByLabel("Rationale").FillAsync("Tracking says delivered.");
        await stale.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(stale.Locator(".conflict")).ToContainTextAsync("Conflict.");
        await Expect(stale.Locator(".conflict")).ToContainTextAsync("nothing was recorded");
        await Shot(stale, "05-conflicting-decision");
        (await host.Storefront().GetStringAsync($"/disputes/{id}")).Should().Contain("\"FullRefund\"").And.NotContain("ClaimRejected");
    }

    [Fact]
    public async Task On_a_narrow_screen_in_russian_the_dispute_page_fits_and_speaks_russian()
    {
        var storefront = host.Storefront();
        var id = Guid.NewGuid();
        await Seeds.Open(storefront, id, $"order-{id.ToString()[..8]}", "Посылка не пришла.");
        await Seeds.Escalate(storefront, id);

        var page = await SignIn("mediator-2", "mediator", width: 390);
        await page.GetByLabel("Language").SelectOptionAsync("ru");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Моя работа" })).ToBeVisibleAsync();
        await page.GotoAsync($"{host.BaseUrl}/console/#/disputes/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Спор по заказу order-{id.ToString()[..8]}" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-clock='MediatorDecisionSla']")).ToContainTextAsync("рабочего времени");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("wide tables and the diagram scroll inside their own boxes");
        (await page.EvaluateAsync<string>("document.documentElement.lang")).Should().Be("ru");
        await Shot(page, "06-dispute-narrow-russian");
    }
}
