using System.Text.Json;
using System.Text.Json.Nodes;
using Disputes.Audit.ReplayCheck;
using Disputes.Domain;
using Disputes.IntegrationTests.Audit;
using Disputes.Projections;
using Disputes.Projections.Rebuilding;
using Disputes.Projections.Store;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Disputes.IntegrationTests.Versioning;

// Before the platform had an actor kind of its own, earlier builds stored it as "System", like the engine, whose
// own ids were "policy" (deadline bookkeeping) and "scheduler" (fired clocks and their consequences). The test
// stores histories exactly as those builds did — decided by the decider, then written with the old actors — and
// reads them through every path that replays or shows events.
public sealed class ReadingLegacySystemActors(ApiFixture<ReadingLegacySystemActors> api) : IClassFixture<ApiFixture<ReadingLegacySystemActors>>
{
    private static readonly JsonSerializerOptions Wire = DisputesJson.Configure(new JsonSerializerOptions());
    private IDocumentStore Store => api.Services.GetRequiredService<IDocumentStore>();
    private DisputePolicy Policy => api.Services.GetRequiredService<PolicyCatalog>().Current;

    // Today's decider, one command after another at the instants given.
    private sealed class History(Guid id, DisputePolicy policy)
    {
        public Guid Id => id;
        public List<IDisputeEvent> Events { get; } = [];
        public Dispute State => DisputeEvolver.Fold(Events);

        public History Do(IDisputeCommand command, Instant at)
        {
            var verdict = DisputeDecider.Decide(command, Events.Count == 0 ? null : State, at, policy);
            Events.AddRange(verdict.Should().BeOfType<Accepted>($"{command} should be accepted").Which.Events);
            return this;
        }
    }

    private History Opened(Instant at)
    {
        var id = Guid.CreateVersion7();
        return new History(id, Policy).Do(new OpenDispute(id, $"order-{id}", "buyer-7", "seller-3", DisputeReason.ItemNotReceived, "Never arrived.",
            new Money(4999, "EUR"), Remedy.FullRefund, null, at + Duration.FromDays(30), Actor.Buyer("buyer-7")), at);
    }

    private History Accepted(Instant at)
    {
        var h = Opened(at);
        return h.Do(new AcceptClaim(h.Id, Actor.Seller("seller-3")), at + Duration.FromHours(1));
    }

    // The platform reports the refund the seller's acceptance asked for.
    private History RefundedByThePlatform(Instant at)
    {
        var h = Accepted(at);
        return h.Do(new ReportRefundSucceeded(h.Id, 1, "psp-1", Actor.Platform("payments")), at + Duration.FromHours(2));
    }

    // An admin routes the case, the mediator decides, the appeal window closes (the engine), the first refund
    // attempt fails and the admin retries it: every kind of actor the old "System" stood for.
    private History AssignedDecidedAndRetried(Instant at)
    {
        var h = Opened(at);
        h.Do(new Escalate(h.Id, "We cannot agree.", Actor.Seller("seller-3")), at + Duration.FromHours(1))
            .Do(new AssignCase(h.Id, "mediator-1", Actor.Platform("admin-1")), at + Duration.FromHours(2))
            .Do(new RecordDecision(h.Id, DecisionKind.FullRefund, null, "No proof of delivery.", Actor.Mediator("mediator-1")), at + Duration.FromHours(3));
        var window = h.State.Deadlines[DeadlineKind.AppealWindow].DueAt;
        return h.Do(new ExpireDeadline(h.Id, DeadlineKind.AppealWindow, window, Actor.System), window)
            .Do(new ReportRefundFailed(h.Id, 1, "Card expired.", Actor.Platform("payments")), window + Duration.FromHours(1))
            .Do(new RetryRefund(h.Id, Actor.Platform("admin-1")), window + Duration.FromHours(2))
            .Do(new ReportRefundSucceeded(h.Id, 2, "psp-2", Actor.Platform("payments")), window + Duration.FromHours(3));
    }

    // What an earlier build wrote for the same facts: the platform as System under its own id, the engine as
    // System "policy" on its bookkeeping and System "scheduler" on what a clock set off.
    private static IDisputeEvent AsStoredBefore(IDisputeEvent e)
    {
        var legacyId = e.By.Kind switch
        {
            ActorKind.Platform => e.By.Id,
            ActorKind.System => e is DeadlineScheduled or DeadlineCancelled ? "policy" : "scheduler",
            _ => null,
        };
        if (legacyId is null)
            return e;
        var json = JsonSerializer.SerializeToNode(e, e.GetType(), Wire)!.AsObject();
        json["by"] = new JsonObject { ["kind"] = "System", ["id"] = legacyId };
        return (IDisputeEvent)json.Deserialize(e.GetType(), Wire)!;
    }

    private async Task<Guid> StoreAsBefore(History history)
    {
        await using var session = Store.LightweightSession();
        session.Events.StartStream<DisputeDetails>(history.Id, history.Events.Select(AsStoredBefore).Cast<object>().ToArray());
        await session.SaveChangesAsync();
        return history.Id;
    }

    private static async Task<List<(string Kind, string Id)>> StoredActors(string schema, Guid id)
    {
        await using var connection = new NpgsqlConnection(ApiFixture<object>.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select data->'by'->>'kind', data->'by'->>'id' from \"{schema}\".mt_events where stream_id = $1 order by version", connection)
        { Parameters = { new() { Value = id } } };
        await using var reader = await command.ExecuteReaderAsync();
        var actors = new List<(string, string)>();
        while (await reader.ReadAsync())
            actors.Add((reader.GetString(0), reader.GetString(1)));
        return actors;
    }

    [Fact]
    public async Task Given_legacy_system_actors_When_the_streams_are_read_Then_the_platform_and_the_engine_are_told_apart()
    {
        var history = AssignedDecidedAndRetried(ApiFixture<ReadingLegacySystemActors>.Now);
        var id = await StoreAsBefore(history);
        // Really the old shape on disk: no Platform anywhere, the engine under its two old names.
        var stored = await StoredActors(api.Schema, id);
        stored.Select(a => a.Kind).Should().NotContain("Platform");
        stored.Where(a => a.Kind == "System").Select(a => a.Id).Distinct().Should().BeEquivalentTo(["policy", "scheduler", "admin-1", "payments"]);

        await using var session = Store.QuerySession();
        var events = (await session.Events.FetchStreamAsync(id)).Select(e => (IDisputeEvent)e.Data).ToList();

        events.Select(e => e.By).Should().Equal(history.Events.Select(e => e.By), "each stored actor reads as the one today's decider names");
        events.OfType<MediatorAssigned>().Single().By.Should().Be(Actor.Platform("admin-1"));
        events.OfType<RefundFailed>().Single().By.Should().Be(Actor.Platform("payments"));
        events.OfType<DeadlineExpired>().Single().By.Should().Be(Actor.System);
        events.OfType<DeadlineScheduled>().Should().OnlyContain(e => e.By == Actor.System);
        DisputeEvolver.Fold(events).Status.Should().Be(DisputeStatus.Closed);
    }

    [Fact]
    public async Task Given_legacy_system_actors_When_replay_checked_Then_todays_rules_still_write_the_same_history()
    {
        var ids = new[]
        {
            await StoreAsBefore(AssignedDecidedAndRetried(ApiFixture<ReadingLegacySystemActors>.Now)),
            await StoreAsBefore(RefundedByThePlatform(ApiFixture<ReadingLegacySystemActors>.Now)),
        };

        await using var session = Store.QuerySession();
        foreach (var id in ids)
            ReplayCheckRunner.Check(await session.Events.FetchStreamAsync(id)).Should().BeNull($"{id} replays clean");
    }

    [Fact]
    public async Task Given_legacy_system_actors_When_projections_are_rebuilt_and_the_trail_is_read_Then_one_platform_and_one_engine_show()
    {
        var id = await StoreAsBefore(AssignedDecidedAndRetried(ApiFixture<ReadingLegacySystemActors>.Now));

        await new PerDisputeRebuild(Store).Run(["dispute-details"], TimeSpan.Zero, null, CancellationToken.None);

        (await api.CreateClient().GetJson($"/disputes/{id}"))["status"]!.GetValue<string>().Should().Be("Closed");
        var audit = (await api.Auditor().GetJson($"/audit/disputes/{id}/events"))["items"]!.AsArray();
        var timeline = (await api.ClientAs("mediator-1", "mediator").GetJson($"/disputes/{id}/timeline"))["items"]!.AsArray();
        foreach (var items in new[] { audit, timeline })
        {
            var actors = items.Select(i => ((string)i!["actor"]!["kind"]!, (string)i["actor"]!["id"]!)).Distinct().ToList();
            actors.Should().BeEquivalentTo(new[]
            {
                ("Buyer", "buyer-7"), ("Seller", "seller-3"), ("Mediator", "mediator-1"),
                ("Platform", "admin-1"), ("Platform", "payments"), ("System", "system"),
            });
            items.Where(i => (string)i!["type"]! == "RefundSucceeded").Single()!["data"]!["by"]!["kind"]!.GetValue<string>().Should().Be("Platform");
        }
        // Reading differently changes no stored byte: the hash chain over them still verifies.
        (await api.Auditor().GetJson($"/audit/disputes/{id}/verification"))["intact"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Given_a_list_row_projected_when_the_platform_was_System_When_listed_Then_it_waits_on_the_platform()
    {
        var id = await StoreAsBefore(Accepted(ApiFixture<ReadingLegacySystemActors>.Now));
        await using (var connection = new NpgsqlConnection(ApiFixture<object>.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"update \"{api.Schema}\".mt_doc_disputelistitem set data = jsonb_set(data, '{{waitingOn,0}}', "
                + "(data->'waitingOn'->0) || '{\"who\": \"System\", \"id\": \"platform\"}') where id = $1", connection)
            { Parameters = { new() { Value = id } } };
            (await command.ExecuteNonQueryAsync()).Should().Be(1);
        }

        var listed = await api.CreateClient().GetJson($"/disputes?orderId=order-{id}");

        var waiting = listed["items"]!.AsArray().Single()!["waitingOn"]!.AsArray().Single()!;
        ((string)waiting["who"]!).Should().Be("Platform");
        waiting["id"].Should().BeNull();
    }
}
