using Disputes.Domain;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace Disputes.Statistics.Mediators;

// Async, like the seller scorecards: every case of a busy desk touches the desk's document, which inline would
// serialise the mediators' commands on one row. Each mediation event becomes facts for the mediators it concerns
// (MediationFacts) and for the desk; Evolve applies them. Partial for Marten 9's source generator.
public partial class MediatorStatisticsProjection : MultiStreamProjection<MediatorStatistics, string>
{
    public MediatorStatisticsProjection()
    {
        IncludeType<MediatorAssigned>();
        IncludeType<MediatorReleased>();
        IncludeType<MediatorDecisionRecorded>();
        IncludeType<MediationSlaBreached>();
        IncludeType<DecisionAppealed>();
        IncludeType<ResolutionRated>();
        IncludeType<CaseReassigned>();
        CustomGrouping(new Grouper());
    }

    public override MediatorStatistics? Evolve(MediatorStatistics? snapshot, string id, IEvent e)
    {
        if (e.Data is not MediationFact[] facts)
            return snapshot;
        var statistics = snapshot ?? new MediatorStatistics { Id = id };
        foreach (var fact in facts)
            statistics.Count(fact);
        return statistics;
    }

    private sealed class Grouper : IAggregateGrouper<string>
    {
        public async Task Group(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
        {
            var facts = await MediationFacts.LoadAsync(session, events);
            // One enriched event per document: a group takes an event once, so the facts of one event for one document
            // (a decision that also overturns the one appealed, both counted by the desk) travel together.
            foreach (var e in events.Where(e => MediationFacts.Counts(e.Data)))
            {
                var all = facts.For(e).ToArray();
                foreach (var mediator in all.Select(f => f.MediatorId).Where(m => m != MediatorStatistics.Desk).Distinct())
                    grouping.AddEvent(mediator, e.CloneEventWithNewData(all.Where(f => f.MediatorId == mediator).ToArray()));
                if (all.Length > 0)
                    grouping.AddEvent(MediatorStatistics.Desk, e.CloneEventWithNewData(all));
            }
        }
    }
}
