using Disputes.Domain;
using Marten;
using NodaTime;

namespace Disputes.Projections;

// How a buyer, seller or mediator wants to be addressed: the language and time zone reminders are rendered in.
// A document, not a dispute event: it belongs to the person, not to any case, and changing it changes no case.
// Unset fields read as the defaults (English, UTC). Id: "{kind}:{participant id}", so the same id of a buyer and
// a seller are two people.
public sealed class ParticipantPreferences
{
    public static readonly DateTimeZone DefaultTimeZone = DateTimeZone.Utc;

    public string Id { get; set; } = "";
    public ActorKind Kind { get; set; }
    public string ParticipantId { get; set; } = "";
    public LanguageTag? Language { get; set; }

    // A TZDB id, checked when set; read back through TimeZoneOrDefault in case a later tzdb drops it.
    public string? TimeZone { get; set; }
    public Instant UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public static string IdOf(Actor participant) => $"{participant.Kind}:{participant.Id}";

    public LanguageTag LanguageOrDefault => Language ?? LanguageTag.English;

    public DateTimeZone TimeZoneOrDefault => TimeZone is { } id && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone ? zone : DefaultTimeZone;

    public static void Configure(StoreOptions opts) => opts.Schema.For<ParticipantPreferences>();

    public static async Task<IReadOnlyDictionary<string, ParticipantPreferences>> LoadAsync(
        IQuerySession session, IEnumerable<Actor> participants, CancellationToken ct)
    {
        var ids = participants.Select(IdOf).Distinct().ToArray();
        if (ids.Length == 0)
            return new Dictionary<string, ParticipantPreferences>();
        var found = await session.LoadManyAsync<ParticipantPreferences>(ct, ids);
        return found.ToDictionary(p => p.Id);
    }
}
