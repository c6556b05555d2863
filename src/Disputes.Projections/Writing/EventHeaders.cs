
namespace Disputes.Projections.Writing;

// Marten event headers the auditor feed shows beside each event (actor and time are in the event itself).
public static class EventHeaders
{
    public const string PolicyVersion = "policyVersion";
    public const string IdempotencyKey = "idempotencyKey";

    // Who authenticated to cause the event (Caller): the token's subject and the role it was admitted under.
    public const string CallerSubject = "callerSubject";
    public const string CallerRole = "callerRole";
}
