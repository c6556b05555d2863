namespace Disputes.Projections.Rebuilding;

// One stream's events as stored, oldest first: all a per-dispute projection needs to write its rows from nothing.
public sealed record DisputeHistory(Guid Id, IReadOnlyList<StoredEvent> Events)
{
    // The stream's version as of these events: the revision the inline document carries.
    public long Version => Events[^1].Version;
}

public readonly record struct StoredEvent(long Version, object Data);
