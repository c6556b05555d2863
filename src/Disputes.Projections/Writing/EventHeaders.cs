
namespace Disputes.Projections.Writing;

// Marten event headers the auditor feed shows beside each event (actor and time are in the event itself).
public static class EventHeaders
{
    public const string PolicyVersion = "policyVersion";
    public const string IdempotencyKey = "idempotencyKey";

    // Who authenticated to cause the event (Caller): the token's subject and the role it was admitted under.
    public const string CallerSubject = "callerSubject";
    public const string CallerRole = "callerRole";

    // What every event a command appends carries: the write path stamps them on its session, a batch of expiries on
    // each expiry's own events (its disputes' policies differ).
    public static IEnumerable<KeyValuePair<string, object>> Of(string policyVersion, Caller caller, string? idempotencyKey = null)
    {
        yield return new(PolicyVersion, policyVersion);
        yield return new(CallerSubject, caller.Subject);
        yield return new(CallerRole, caller.Role);
        if (idempotencyKey is not null)
            yield return new(IdempotencyKey, idempotencyKey);
    }
}
