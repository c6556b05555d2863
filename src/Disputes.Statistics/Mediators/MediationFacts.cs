using Disputes.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events;

namespace Disputes.Statistics.Mediators;

// The mediation history of the disputes one page of events touches, read in one query from the events themselves
// (so a rebuild in any order gives the same answers), and the facts each event of the page amounts to for its
// mediators. A fact needs what came before its event: when the case began to wait, who held it, whose decision an
// appeal challenged.
public sealed class MediationFacts
{
    private static readonly Type[] HistoryTypes =
        [typeof(DisputeEscalated), typeof(MediatorAssigned), typeof(MediatorReleased), typeof(MediatorDecisionRecorded), typeof(DecisionAppealed),
         typeof(CaseReassigned)];

    private readonly Dictionary<Guid, List<IEvent>> histories;

    private MediationFacts(Dictionary<Guid, List<IEvent>> histories) => this.histories = histories;

    public static bool Counts(object data) =>
        data is MediatorAssigned or MediatorReleased or MediatorDecisionRecorded or MediationSlaBreached or DecisionAppealed or CaseReassigned
            or ResolutionRated;

    public static async Task<MediationFacts> LoadAsync(IQuerySession session, IReadOnlyList<IEvent> events)
    {
        // A rating names its mediator itself: only the other facts need what came before them.
        var disputes = events.Where(e => Counts(e.Data) && e.Data is not ResolutionRated).Select(e => e.StreamId).Distinct().ToArray();
        if (disputes.Length == 0)
            return new MediationFacts([]);
        var found = await session.Events.QueryAllRawEvents()
            .Where(e => disputes.Contains(e.StreamId) && e.EventTypesAre(HistoryTypes))
            .ToListAsync();
        return new MediationFacts(found.GroupBy(e => e.StreamId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).ToList()));
    }

    public IEnumerable<MediationFact> For(IEvent e)
    {
        var before = histories.GetValueOrDefault(e.StreamId, []).Where(h => h.Version < e.Version).Select(h => h.Data).ToList();
        var lastDecision = before.OfType<MediatorDecisionRecorded>().LastOrDefault();
        switch (e.Data)
        {
            case MediatorAssigned a:
                // Waiting for a mediator since the case last became free: escalated, released or appealed.
                var since = before.LastOrDefault(d => d is DisputeEscalated or MediatorReleased or DecisionAppealed or CaseReassigned { ToMediatorId: null }) as IDisputeEvent;
                yield return new MediationFact(a.DisputeId, a.MediatorId, MediationFactKind.Claimed, a.At, since is null ? null : a.At - since.At, null);
                break;
            case MediatorReleased r:
                yield return new MediationFact(r.DisputeId, r.MediatorId, MediationFactKind.Released, r.At, null, null);
                break;
            // A reassignment takes the case out of one mediator's hands (a release for them) and puts it in another's (a
            // claim without a time to claim: the case never waited in the queue for them).
            case CaseReassigned r:
                yield return new MediationFact(r.DisputeId, r.FromMediatorId, MediationFactKind.Released, r.At, null, null);
                if (r.ToMediatorId is { } to)
                    yield return new MediationFact(r.DisputeId, to, MediationFactKind.Claimed, r.At, null, null);
                break;
            case MediatorDecisionRecorded d:
                // Time to decide counts from when the decider took the case, by claim, assignment or reassignment.
                var claimed = before.OfType<IDisputeEvent>().LastOrDefault(a =>
                    a is MediatorAssigned m && m.MediatorId == d.By.Id || a is CaseReassigned c && c.ToMediatorId == d.By.Id);
                yield return new MediationFact(d.DisputeId, d.By.Id, MediationFactKind.Decided, d.At, claimed is null ? null : d.At - claimed.At, d.Decision);
                // A decision after an appeal reviews the one appealed: the same kind upholds it, another overturns it.
                if (lastDecision is not null && before.LastOrDefault(x => x is DecisionAppealed or MediatorDecisionRecorded) is DecisionAppealed)
                    yield return new MediationFact(d.DisputeId, lastDecision.By.Id,
                        d.Decision == lastDecision.Decision ? MediationFactKind.Upheld : MediationFactKind.Overturned, d.At, null, lastDecision.Decision);
                break;
            case DecisionAppealed ap when lastDecision is not null:
                yield return new MediationFact(ap.DisputeId, lastDecision.By.Id, MediationFactKind.Appealed, ap.At, null, lastDecision.Decision);
                break;
            // The rating names the mediator whose decision settled the case; one settled without a decision rates nobody here.
            case ResolutionRated rated when rated.DecidedBy is { } decidedBy:
                yield return new MediationFact(rated.DisputeId, decidedBy, MediationFactKind.Rated, rated.At, null, null) { RatedBy = rated.Party, Score = rated.Score };
                break;
            case MediationSlaBreached s when Holder(before) is { } holder:
                yield return new MediationFact(s.DisputeId, holder, MediationFactKind.SlaBreached, s.At, null, null);
                break;
            case MediationSlaBreached s:
                // Nobody held the case: the desk's breach, counted for the team only.
                yield return new MediationFact(s.DisputeId, MediatorStatistics.Desk, MediationFactKind.SlaBreached, s.At, null, null);
                break;
        }
    }

    // Who holds the case: the last assignment, unless a release or a decision ended it.
    private static string? Holder(IReadOnlyList<object> before) =>
        before.LastOrDefault(d => d is MediatorAssigned or MediatorReleased or MediatorDecisionRecorded or CaseReassigned) switch
        {
            MediatorAssigned a => a.MediatorId,
            CaseReassigned r => r.ToMediatorId,
            _ => null,
        };
}
