using Disputes.Domain;
using Disputes.Projections;
using Marten;
using Mediator;

namespace Disputes.Api.Preferences;

// GET /preferences/{buyers|sellers|mediators}/{participantId} — the stored preference with the defaults reminders use.
public sealed record GetPreferences(Actor Participant) : IQuery<PreferencesView>;

public sealed class GetPreferencesHandler(IQuerySession session) : IQueryHandler<GetPreferences, PreferencesView>
{
    public async ValueTask<PreferencesView> Handle(GetPreferences query, CancellationToken ct) =>
        PreferencesView.Of(query.Participant, await session.LoadAsync<ParticipantPreferences>(ParticipantPreferences.IdOf(query.Participant), ct));
}
