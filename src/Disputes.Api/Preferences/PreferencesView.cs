using Disputes.Domain;
using Disputes.Projections;
using NodaTime;

namespace Disputes.Api.Preferences;

// What a participant asked for, and what reminders use (the defaults where nothing is set): updatedAt null means
// nothing was ever set.
public sealed record PreferencesView(
    ActorKind Kind, string ParticipantId, string? Language, string? TimeZone, string EffectiveLanguage, string EffectiveTimeZone,
    Instant? UpdatedAt, string? UpdatedBy)
{
    public static PreferencesView Of(Actor participant, ParticipantPreferences? stored) =>
        stored is null
            ? new(participant.Kind, participant.Id, null, null, LanguageTag.English.Value, ParticipantPreferences.DefaultTimeZone.Id, null, null)
            : new(participant.Kind, participant.Id, stored.Language?.Value, stored.TimeZone, stored.LanguageOrDefault.Value,
                stored.TimeZoneOrDefault.Id, stored.UpdatedAt, stored.UpdatedBy);
}
