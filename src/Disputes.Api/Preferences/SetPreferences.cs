using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections;
using Marten;
using Mediator;
using NodaTime;

namespace Disputes.Api.Preferences;

// PUT /preferences/{buyers|sellers|mediators}/{participantId} — the whole preference, replaced: a field left out goes
// back to its default. Naturally idempotent (the same body leaves the same preference), so no Idempotency-Key.
public sealed record SetPreferencesBody(string? Language, string? TimeZone) : IRequestBody
{
    public override string ToString() => $"preferences {Language ?? "-"} {TimeZone ?? "-"}";
}

public sealed record SetPreferences(Actor Participant, SetPreferencesBody Body, string UpdatedBy) : ICommand<PreferencesView>, IValidatable
{
    public const int MaxIdLength = 200;

    public void Validate(RequestErrors errors)
    {
        if (Participant.Id.Length is 0 or > MaxIdLength || Participant.Id.Any(char.IsControl))
            errors.Add("participantId", $"participantId must be 1 to {MaxIdLength} characters without control characters.");
        errors.LanguageTag("language", Body.Language);
        if (Body.TimeZone is { } zone && (zone.Length > 64 || DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null))
            errors.Add("timeZone", $"timeZone \"{Truncated(zone)}\" is not a TZDB time zone id (e.g. Europe/Berlin, America/New_York, UTC).");
    }

    private static string Truncated(string text) => text.Length > 64 ? text[..64] + "…" : text;
}

public sealed class SetPreferencesHandler(IDocumentStore store, IClock clock) : ICommandHandler<SetPreferences, PreferencesView>
{
    public async ValueTask<PreferencesView> Handle(SetPreferences command, CancellationToken ct)
    {
        var stored = new ParticipantPreferences
        {
            Id = ParticipantPreferences.IdOf(command.Participant),
            Kind = command.Participant.Kind,
            ParticipantId = command.Participant.Id,
            Language = command.Body.Language is { } language ? LanguageTag.Parse(language) : null,
            // The provider's own spelling of the id, so "utc" and "UTC" are stored alike.
            TimeZone = command.Body.TimeZone is { } zone ? DateTimeZoneProviders.Tzdb[zone].Id : null,
            UpdatedAt = clock.GetCurrentInstant(),
            UpdatedBy = command.UpdatedBy,
        };
        await using var session = store.LightweightSession();
        session.Store(stored);
        await session.SaveChangesAsync(ct);
        return PreferencesView.Of(command.Participant, stored);
    }
}
