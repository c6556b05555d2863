
namespace Disputes.Projections.Rebuilding;

public sealed class RebuildReport(IReadOnlyList<string> projections)
{
    public IReadOnlyList<string> Projections { get; } = projections;
    public long Streams { get; private set; }
    public long Events { get; private set; }
    public long CatchUpStreams { get; private set; }

    public void Add(int streams, long events)
    {
        Streams += streams;
        Events += events;
    }

    public void AddCatchUp(int streams, long events)
    {
        CatchUpStreams += streams;
        Events += events;
    }
}
