namespace Disputes.Audit.WhatIf;

// How far a run has read: streams of the store seen, and disputes among them that matched and were replayed.
public sealed record WhatIfProgress(long StreamsRead, long Replayed, long Diverged);
