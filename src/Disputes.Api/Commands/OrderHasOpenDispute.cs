namespace Disputes.Api.Commands;

// The database refused a second open dispute on the order (OpenDisputesByOrder); DisputeId is the one holding it.
public sealed record OrderHasOpenDispute(string OrderId, Guid DisputeId) : CommandOutcome;
