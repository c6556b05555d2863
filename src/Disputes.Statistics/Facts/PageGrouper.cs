using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Aggregation;

namespace Disputes.Statistics.Facts;

// Later events do not repeat the seller or the reason, so the statistics group by what PageFacts looks up for
// the whole page at once (never a query per event). route names the document an enriched event counts toward,
// or null when it counts toward none.
public sealed class PageGrouper(Func<object, PageFacts, string?> route) : IAggregateGrouper<string>
{
    public async Task Group(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
    {
        var page = await PageFacts.LoadAsync(session, events);
        foreach (var e in events)
        {
            var enriched = page.Enrich(e);
            if (route(enriched.Data, page) is { } id)
                grouping.AddEvent(id, enriched);
        }
    }
}
