using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Marten;
using Mediator;
using NodaTime;
using NodaTime.Text;

namespace Disputes.Api.Assignment;

// PUT /admin/mediators/{mediatorId} — create or replace a mediator's profile. A PUT is its own retry: the same body
// again leaves the same profile (the revision still counts the write).
public sealed record WorkingHoursBody(string? TimeZone, string? Start, string? End, IReadOnlyList<IsoDayOfWeek>? Days = null);

public sealed record MediatorProfileBody(
    IReadOnlyList<string>? Languages,
    IReadOnlyList<DisputeReason>? Reasons,
    IReadOnlyDictionary<string, long>? AmountLimits,
    int? Capacity,
    WorkingHoursBody? WorkingHours,
    bool? Active,
    string? Team = null) : IRequestBody;

public sealed record PutMediatorProfile(string MediatorId, MediatorProfileBody Body, string By) : ICommand<MediatorProfileView>, IValidatable
{
    public const int MaxCapacity = 1000;
    public const int MaxTeamLength = 100;

    // A team's name, as a profile sets it and the team statistics are asked for it.
    public static void CheckTeam(RequestErrors errors, string team)
    {
        if (string.IsNullOrWhiteSpace(team) || team.Length > MaxTeamLength || team.Any(char.IsControl))
            errors.Add("team", $"team is 1 to {MaxTeamLength} characters on one line.");
    }

    public void Validate(RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(MediatorId) || MediatorId.Length > 200 || MediatorId.Any(char.IsControl))
            errors.Add("mediatorId", "mediatorId is the mediator's token subject: 1 to 200 characters on one line.");
        if (errors.Required("languages", Body.Languages))
        {
            if (Body.Languages.Count == 0)
                errors.Add("languages", "languages names at least one BCP-47 language tag.");
            foreach (var language in Body.Languages)
                errors.LanguageTag("languages", language ?? "");
        }
        if (errors.Required("reasons", Body.Reasons) && (Body.Reasons.Count == 0 || Body.Reasons.Any(r => !Enum.IsDefined(r))))
            errors.Add("reasons", $"reasons names at least one of: {string.Join(", ", Enum.GetNames<DisputeReason>())}.");
        if (errors.Required("amountLimits", Body.AmountLimits))
            foreach (var (currency, limit) in Body.AmountLimits)
            {
                if (!Currency.TryFind(currency, out _))
                    errors.Add("amountLimits", $"\"{currency}\" is not an upper-case ISO 4217 currency code.");
                if (limit is < 0 or > AmountLimits.LargestBound)
                    errors.Add($"amountLimits.{currency}", $"A limit is 0 to {AmountLimits.LargestBound} minor units.");
            }
        if (errors.Required("capacity", Body.Capacity) && Body.Capacity is < 0 or > MaxCapacity)
            errors.Add("capacity", $"capacity is 0 to {MaxCapacity} cases held at once.");
        if (errors.Required("workingHours", Body.WorkingHours))
            _ = Calendar(Body.WorkingHours, errors);
        errors.Required("active", Body.Active);
        if (Body.Team is { } team)
            CheckTeam(errors, team);
    }

    private static readonly LocalTimePattern HoursMinutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    // "07:00", or with seconds ("07:00:00") as NodaTime writes a LocalTime.
    private static LocalTime? Time(string? text) =>
        text is null ? null
        : HoursMinutes.Parse(text) is { Success: true } minutes ? minutes.Value
        : LocalTimePattern.ExtendedIso.Parse(text) is { Success: true } full ? full.Value
        : null;

    public static MediationCalendar? Calendar(WorkingHoursBody hours, RequestErrors? errors = null)
    {
        var start = Time(hours.Start);
        var end = Time(hours.End);
        if (start is null)
            errors?.Add("workingHours.start", "workingHours.start is a local time such as 07:00.");
        if (end is null)
            errors?.Add("workingHours.end", "workingHours.end is a local time such as 01:00 (before start: the window runs past midnight).");
        if (hours.TimeZone is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(hours.TimeZone) is null)
            errors?.Add("workingHours.timeZone", "workingHours.timeZone is an IANA (TZDB) zone such as Europe/Moscow.");
        if (hours.Days is { } days && (days.Count == 0 || days.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)))
            errors?.Add("workingHours.days", "workingHours.days names at least one day, Monday to Sunday (omit it for every day).");
        if (start is null || end is null || !MediationCalendar.TryCreate(hours.TimeZone, start.Value, end.Value, out var calendar)
            || hours.Days is { Count: 0 } || hours.Days?.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday) == true)
            return null;
        return hours.Days is { } workingDays ? calendar with { WorkingDays = workingDays.ToHashSet() } : calendar;
    }
}

public sealed class PutMediatorProfileHandler(IDocumentStore store, IClock clock, AssignmentSignal signal) : ICommandHandler<PutMediatorProfile, MediatorProfileView>
{
    public async ValueTask<MediatorProfileView> Handle(PutMediatorProfile command, CancellationToken ct)
    {
        var body = command.Body;
        await using var session = store.LightweightSession();
        var previous = await session.LoadAsync<MediatorProfile>(command.MediatorId, ct);
        var profile = new MediatorProfile
        {
            Id = command.MediatorId,
            Languages = [.. body.Languages!.Select(LanguageTag.Parse).Distinct()],
            Reasons = [.. body.Reasons!.Distinct()],
            AmountLimits = [.. body.AmountLimits!.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new AmountLimit(l.Key, l.Value))],
            Capacity = body.Capacity!.Value,
            WorkingHours = PutMediatorProfile.Calendar(body.WorkingHours!)!,
            Active = body.Active!.Value,
            Team = body.Team,
            Revision = (previous?.Revision ?? 0) + 1,
            UpdatedAt = clock.GetCurrentInstant(),
            UpdatedBy = command.By,
        };
        // Two admins writing at once: the second revision insert collides and the request fails rather than losing one.
        session.Store(profile);
        session.Insert(new MediatorProfileRevision { Id = $"{profile.Id}#{profile.Revision}", MediatorId = profile.Id, Revision = profile.Revision, Profile = profile });
        await session.SaveChangesAsync(ct);
        // A new seat or new hours may let a waiting case go now.
        signal.Notify(Hosting.Workers.WakeSignal.AtOnce);
        return MediatorProfileView.From(profile);
    }
}

public static class MediatorProfileEndpoints
{
    public static IEndpointRouteBuilder MapMediatorProfiles(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/mediators").WithTags("Mediator profiles").RequireAuthorization(AuthPolicies.Operations);
        admin.MapPut("/{mediatorId}", Put)
            .WithName("PutMediatorProfile")
            .WithSummary("Create or replace a mediator's profile: languages, reasons, amount limits, capacity, working hours, active")
            .ProducesValidationProblem();
        admin.MapGet("/{mediatorId}", Get)
            .WithName("GetMediatorProfile")
            .WithSummary("Read a mediator's profile and the cases they hold now")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/", List)
            .WithName("ListMediatorProfiles")
            .WithSummary("Every mediator profile, by id, with the cases each holds now");
        admin.MapReassignCases();
        return app;
    }

    public static async Task<IResult> Put(string mediatorId, MediatorProfileBody body, HttpContext http, ISender sender, CancellationToken ct)
    {
        var view = await sender.Send(new PutMediatorProfile(mediatorId, body, http.User.Subject()), ct);
        http.Response.Headers.ETag = $"\"{view.Revision}\"";
        return TypedResults.Ok(view);
    }

    public static async Task<IResult> Get(string mediatorId, IDocumentStore store, HttpContext http, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<MediatorProfile>(mediatorId, ct) is not { } profile)
            return TypedResults.Problem(Problems.MediatorProfileNotFound(mediatorId));
        var desk = await DeskQueue.LoadAsync(store, ct);
        http.Response.Headers.ETag = $"\"{profile.Revision}\"";
        return TypedResults.Ok(MediatorProfileView.From(profile, desk.Held.GetValueOrDefault(profile.Id)));
    }

    public static async Task<IResult> List(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var profiles = await session.Query<MediatorProfile>().ToListAsync(ct);
        var desk = await DeskQueue.LoadAsync(store, ct);
        return TypedResults.Ok(profiles.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => MediatorProfileView.From(p, desk.Held.GetValueOrDefault(p.Id))).ToList());
    }
}

public sealed record WorkingHoursView(string TimeZone, string Start, string End, IReadOnlyList<IsoDayOfWeek> Days);

public sealed record MediatorProfileView(
    string MediatorId, IReadOnlyList<string> Languages, IReadOnlyList<DisputeReason> Reasons, IReadOnlyList<AmountLimit> AmountLimits,
    int Capacity, WorkingHoursView WorkingHours, bool Active, long Revision, Instant UpdatedAt, string UpdatedBy, int? Held = null, string? Team = null)
{
    public static MediatorProfileView From(MediatorProfile p, int? held = null) => new(
        p.Id, [.. p.Languages.Select(l => l.Value)], p.Reasons, p.AmountLimits, p.Capacity,
        new WorkingHoursView(p.WorkingHours.TimeZoneId, LocalTimePattern.ExtendedIso.Format(p.WorkingHours.DayStart)[..5],
            LocalTimePattern.ExtendedIso.Format(p.WorkingHours.DayEnd)[..5], [.. p.WorkingHours.WorkingDays.Order()]),
        p.Active, p.Revision, p.UpdatedAt, p.UpdatedBy, held, p.Team);
}
