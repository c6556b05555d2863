using System.Net;
using System.Text.Json.Nodes;
using Disputes.Audit.WhatIf;
using Disputes.Hosting.Tools;
using NodaTime;
using Xunit.Abstractions;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// What-if runs against the real store: a seller who answered on day 4 diverges under a 3-day seller clock (the
// silence rule refunds the buyer instead), a seller who answered on day 1 does not; the store is left as it was.
public sealed class WhatIfRuns(ApiFixture<WhatIfRuns> api, ITestOutputHelper log) : IClassFixture<ApiFixture<WhatIfRuns>>, IAsyncLifetime
{
    private static readonly Guid Late = Guid.Parse("0199e100-0000-7000-8000-000000000001");
    private static readonly Guid Quick = Guid.Parse("0199e100-0000-7000-8000-000000000002");
    private readonly HttpClient auditor = api.ClientAs("auditor-1", "auditor");

    public async Task InitializeAsync()
    {
        // Once per class: the tests share these two disputes (and the fixture's clock).
        var disputes = For(api);
        if ((await disputes.Get(Late)).StatusCode == HttpStatusCode.OK)
            return;
        await Ok(disputes.Open(Late, orderId: $"order-{Late}"), HttpStatusCode.Created);
        await Ok(disputes.Open(Quick, orderId: $"order-{Quick}"), HttpStatusCode.Created);
        api.Clock.Advance(Duration.FromDays(1));
        await disputes.MakeOffer(Quick, "PartialRefund", 1000, "Sorry for the delay.");
        api.Clock.Advance(Duration.FromDays(3));
        await disputes.MakeOffer(Late, "PartialRefund", 2000, "Half back.");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_a_seller_who_answered_on_day_4_When_a_3_day_seller_clock_is_replayed_Then_only_that_dispute_diverges_and_nothing_is_written()
    {
        var events = await api.Scalar<long>("select count(*) from {schema}.mt_events");

        var started = await auditor.PostAsync("/audit/what-if", Json(new JsonObject { ["candidate"] = new JsonObject { ["sellerResponse"] = "P3D" } }));
        started.StatusCode.Should().Be(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var run = started.Headers.Location!.ToString();
        JsonObject view = null!;
        await Patience.Until(async () => (view = await auditor.GetJson(run))["status"]!.GetValue<string>() != "Running", "the run to finish");

        view["status"]!.GetValue<string>().Should().Be("Completed", view.ToJsonString());
        var report = view["report"]!;
        report["disputes"]!.GetValue<long>().Should().Be(2);
        report["diverged"]!.GetValue<long>().Should().Be(1);
        report["divergencesByKind"]!["clockFiredInstead"]!.GetValue<long>().Should().Be(1);
        report["decidedByClock"]!["after"]!.GetValue<long>().Should().Be(1);
        var divergence = view["firstDivergences"]!.AsArray().Should().ContainSingle().Subject!;
        divergence["disputeId"]!.GetValue<string>().Should().Be(Late.ToString());
        divergence["eventType"]!.GetValue<string>().Should().Be("SellerOfferMade");
        divergence["candidateOutcome"]!.GetValue<string>().Should().Be("RefundPending");

        var csv = await auditor.GetStringAsync($"{run}/disputes");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2).And.Contain(l => l.StartsWith(Late.ToString()));
        (await api.Scalar<long>("select count(*) from {schema}.mt_events")).Should().Be(events, "a what-if run never writes");
    }

    [Fact]
    public async Task Given_a_candidate_that_cannot_form_a_policy_When_started_Then_400_names_the_key_and_no_run_starts()
    {
        var response = await auditor.PostAsync("/audit/what-if", Json(new JsonObject { ["candidate"] = new JsonObject { ["sellerResponse"] = "three days" } }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json())["errors"]!["candidate.sellerResponse"].Should().NotBeNull();
        (await auditor.PostAsync("/audit/what-if", Json(new JsonObject()))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_the_roles_When_what_if_is_asked_Then_auditors_and_admins_may_and_an_unknown_run_is_a_404_problem()
    {
        var body = new JsonObject { ["candidate"] = new JsonObject() };
        (await api.ClientAs("mediator-1", "mediator").PostAsync("/audit/what-if", Json(body))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.CreateClient().PostAsync("/audit/what-if", Json(body))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var missing = await api.ClientAs("admin-1", "admin").GetAsync($"/audit/what-if/{Guid.NewGuid()}");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missing.Json())["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/what-if-run-not-found");
    }

    [Fact]
    public async Task Given_the_operator_verb_When_run_with_a_candidate_file_Then_it_prints_the_report_and_writes_the_diverged_disputes_as_csv()
    {
        var candidate = Path.GetTempFileName();
        var csvPath = Path.GetTempFileName();
        await File.WriteAllTextAsync(candidate, """{"sellerResponse": "P3D"}""");
        var output = new StringWriter();

        var exit = await new WhatIfVerb().Run(api.Services, new ToolArguments(["--candidate", candidate, "--csv", csvPath]), output, CancellationToken.None);

        exit.Should().Be(0);
        log.WriteLine(output.ToString());
        log.WriteLine(await File.ReadAllTextAsync(csvPath));
        var report = JsonNode.Parse(output.ToString())!;
        report["disputes"]!.GetValue<long>().Should().Be(2);
        report["diverged"]!.GetValue<long>().Should().Be(1);
        (await File.ReadAllLinesAsync(csvPath)).Should().HaveCount(2).And.Contain(l => l.StartsWith(Late.ToString()));
        var bad = () => new WhatIfVerb().Run(api.Services, new ToolArguments(["--candidate", candidate, "--reason", "Boredom"]), output, CancellationToken.None);
        await bad.Should().ThrowAsync<ToolUsageException>();
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
