using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;

// A seeded day at the mediation desk, driven over HTTP against the real API on a virtual clock: three mediators of
// different languages and hours get profiles, escalations arrive through 24 hours, mediators decide what they hold
// after a seeded working time, and the auto-assigner runs after every step of the clock. Every assignment is checked
// against the scenario's own statement of who may take what and when (not the engine's code): language, reason,
// amount limit, capacity, working hours. Linked into the integration tests (MediationDaySimulation), which run a
// small day and require zero ineligible and zero out-of-hours assignments; `./disputes simulate mediation` a full one.
internal sealed class MediationDay(Func<string, string, HttpClient> clientAs, Action<Instant> setClock, Func<Task> assignPass)
{
    public static readonly Instant DayStart = Instant.FromUtc(2026, 12, 7, 0, 0);
    public static readonly Duration Step = Duration.FromMinutes(5);

    public sealed record DeskMediator(
        string Id, string[] Languages, string[] Reasons, Dictionary<string, long> Limits, int Capacity, string Zone, LocalTime Start, LocalTime End)
    {
        // The scenario's own reading of working hours: a window from Start to End local time, past midnight when End <= Start.
        public bool OnShift(Instant at)
        {
            var local = at.InZone(DateTimeZoneProviders.Tzdb[Zone]).TimeOfDay;
            return Start < End ? local >= Start && local < End : local >= Start || local < End;
        }

        public bool Takes(PlannedCase c) =>
            Languages.Any(l => l.Split('-')[0].Equals(c.Language.Split('-')[0], StringComparison.OrdinalIgnoreCase))
            && Reasons.Contains(c.Reason) && Limits.TryGetValue(c.Currency, out var limit) && c.Amount <= limit;
    }

    public sealed record PlannedCase(Guid Id, Instant EscalateAt, string Language, string Reason, string Currency, long Amount, Duration Work);

    public sealed record Assignment(Guid DisputeId, string MediatorId, Instant EscalatedAt, Instant AssignedAt, bool Eligible, bool InHours, bool WithinCapacity);

    public sealed record Figures(
        int Seed, int Escalated, int Assigned, int StillWaiting, IReadOnlyDictionary<string, int> PerMediator, Duration? MedianWait,
        Duration? MaxWait, int Ineligible, int OutsideHours, int OverCapacity, IReadOnlyList<Assignment> Assignments)
    {
        public string Report()
        {
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"mediation day, seed {Seed}, from {DayStart} in steps of {Step.TotalMinutes} min");
            text.AppendLine(CultureInfo.InvariantCulture, $"cases escalated:                       {Escalated}");
            text.AppendLine(CultureInfo.InvariantCulture, $"cases assigned:                        {Assigned}");
            foreach (var m in Desk)
                text.AppendLine(CultureInfo.InvariantCulture, $"  to {m.Id,-10} ({string.Join('+', m.Languages)}, {m.Zone} {m.Start:HH:mm}-{m.End:HH:mm}, capacity {m.Capacity}): {PerMediator.GetValueOrDefault(m.Id)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"still waiting at the end:              {StillWaiting}");
            text.AppendLine(CultureInfo.InvariantCulture, $"wait escalation to assignment, median: {Minutes(MedianWait)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"wait escalation to assignment, max:    {Minutes(MaxWait)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"assigned to an ineligible mediator:    {Ineligible}");
            text.AppendLine(CultureInfo.InvariantCulture, $"assigned outside the assignee's hours: {OutsideHours}");
            text.AppendLine(CultureInfo.InvariantCulture, $"assigned beyond the assignee's capacity: {OverCapacity}");
            return text.ToString();
        }

        private static string Minutes(Duration? d) => d is { } x ? $"{x.TotalMinutes:0} min" : "-";
    }

    private static readonly string[] AllReasons = ["ItemNotReceived", "NotAsDescribed", "DamagedOrDefective", "Counterfeit", "PaymentProblem", "Other"];

    // A Russian speaker on Moscow's 07:00-01:00, an English speaker on New York office hours, and a bilingual one in
    // Tokyo who takes only the common reasons and smaller amounts. Together they cover every case at some hour.
    public static readonly DeskMediator[] Desk =
    [
        new("m-ru", ["ru"], AllReasons, new() { ["EUR"] = 10_000_000, ["USD"] = 10_000_000 }, 3, "Europe/Moscow", new(7, 0), new(1, 0)),
        new("m-en", ["en"], AllReasons, new() { ["EUR"] = 10_000_000, ["USD"] = 10_000_000 }, 3, "America/New_York", new(9, 0), new(17, 0)),
        new("m-bi", ["en-GB", "ru"], ["ItemNotReceived", "NotAsDescribed", "DamagedOrDefective"], new() { ["EUR"] = 20_000, ["USD"] = 20_000 }, 2,
            "Asia/Tokyo", new(9, 0), new(18, 0)),
    ];

    public static IReadOnlyList<PlannedCase> Plan(int seed, int count)
    {
        var random = new Random(seed);
        // Tags as storefronts send them, regional and in any case: the desk serves a language whatever its region.
        string[] languages = ["ru", "RU", "en", "en-US", "en-gb"];
        return [.. Enumerable.Range(0, count)
            .Select(i => new PlannedCase(
                Guid.Parse($"0199d000-{seed % 10000:D4}-7000-8000-{i:D12}"),
                DayStart + Duration.FromMinutes(random.Next(0, 24 * 60)),
                languages[random.Next(languages.Length)],
                AllReasons[random.Next(AllReasons.Length)],
                random.Next(2) == 0 ? "EUR" : "USD",
                random.Next(1_000, 40_000),
                Duration.FromMinutes(random.Next(20, 120))))
            .OrderBy(c => c.EscalateAt).ThenBy(c => c.Id)];
    }

    public async Task<Figures> RunAsync(int seed, int count)
    {
        var plan = Plan(seed, count);
        var admin = clientAs("desk-admin", "admin");
        var storefront = clientAs("storefront-sim", "storefront");
        setClock(DayStart);
        foreach (var m in Desk)
            await Expect(admin.PutAsJsonAsync($"/admin/mediators/{m.Id}", new
            {
                languages = m.Languages, reasons = m.Reasons, amountLimits = m.Limits, capacity = m.Capacity, active = true,
                workingHours = new { timeZone = m.Zone, start = m.Start.ToString("HH:mm", CultureInfo.InvariantCulture), end = m.End.ToString("HH:mm", CultureInfo.InvariantCulture) },
            }));

        var escalated = new Dictionary<Guid, Instant>();
        var waiting = new List<PlannedCase>();
        var held = new Dictionary<Guid, (string Mediator, Instant Until)>();
        var assignments = new List<Assignment>();
        var next = 0;
        for (var now = DayStart; now < DayStart + Duration.FromDays(2); now += Step)
        {
            setClock(now);
            for (; next < plan.Count && plan[next].EscalateAt <= now; next++)
            {
                await Escalate(storefront, plan[next], now);
                escalated[plan[next].Id] = now;
                waiting.Add(plan[next]);
            }
            foreach (var (id, (mediator, until)) in held.Where(h => h.Value.Until <= now).ToList())
            {
                await Expect(clientAs(mediator, "mediator").PostAsJsonAsync($"/mediation/disputes/{id}/decision",
                    new { decision = "FullRefund", rationale = "The parcel never arrived; the tracking shows no delivery." }));
                held.Remove(id);
            }

            await assignPass();

            foreach (var c in waiting.ToList())
            {
                var view = await Read(storefront, c.Id);
                if (view["mediatorId"]?.GetValue<string>() is not { } mediatorId)
                    continue;
                var m = Desk.Single(d => d.Id == mediatorId);
                var holding = held.Values.Count(h => h.Mediator == mediatorId);
                assignments.Add(new Assignment(c.Id, mediatorId, escalated[c.Id], now, m.Takes(c), m.OnShift(now), holding < m.Capacity));
                held[c.Id] = (mediatorId, now + c.Work);
                waiting.Remove(c);
            }
            if (now >= DayStart + Duration.FromDays(1) && next == plan.Count && waiting.Count == 0)
                break;
        }

        var waits = assignments.Select(a => a.AssignedAt - a.EscalatedAt).Order().ToList();
        return new Figures(
            seed, escalated.Count, assignments.Count, waiting.Count,
            assignments.GroupBy(a => a.MediatorId).ToDictionary(g => g.Key, g => g.Count()),
            waits.Count == 0 ? null : waits[(waits.Count - 1) / 2], waits.Count == 0 ? null : waits[^1],
            assignments.Count(a => !a.Eligible), assignments.Count(a => !a.InHours), assignments.Count(a => !a.WithinCapacity), assignments);
    }

    private static async Task Escalate(HttpClient storefront, PlannedCase c, Instant now)
    {
        var open = new JsonObject
        {
            ["disputeId"] = c.Id.ToString(),
            ["orderId"] = $"order-{c.Id}",
            ["buyerId"] = "buyer-sim",
            ["sellerId"] = "seller-sim",
            ["reason"] = c.Reason,
            ["amountPaid"] = new JsonObject { ["amount"] = c.Amount, ["currency"] = c.Currency },
            ["requestedRemedy"] = "FullRefund",
            ["protectionEndsAt"] = (now + Duration.FromDays(30)).ToString(),
            ["description"] = "The parcel never arrived.",
            ["language"] = c.Language,
        };
        await Expect(storefront.PostAsync("/disputes", new StringContent(open.ToJsonString(), Encoding.UTF8, "application/json")));
        await Expect(storefront.PostAsJsonAsync($"/disputes/{c.Id}/escalate",
            new { actingAs = new { party = "Seller", id = "seller-sim" }, reason = "We cannot agree." }));
    }

    private static async Task<JsonObject> Read(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/disputes/{id}");
        await Expect(Task.FromResult(response));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task Expect(Task<HttpResponseMessage> call)
    {
        var response = await call;
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
