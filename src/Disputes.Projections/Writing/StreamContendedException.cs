
namespace Disputes.Projections.Writing;

// A dispute so busy that a command lost every attempt at it: nothing was appended, and the client may send it
// again. A TimeoutException, so it is answered 503 with Retry-After like any other wait that ran out.
public sealed class StreamContendedException(Guid disputeId, Exception inner)
    : TimeoutException($"Dispute {disputeId} was written by others on every attempt; nothing was appended.", inner);
