namespace Disputes.Api.Errors;

// Stable identifiers clients switch on; titles may change, these may not.
public static class ProblemTypes
{
    private const string Base = "https://disputes.dev/problems/";
    public const string InvalidInput = Base + "invalid-input";
    public const string DisputeNotFound = Base + "dispute-not-found";
    public const string DisputeAlreadyExists = Base + "dispute-already-exists";
    public const string NotAllowedInState = Base + "action-not-allowed-in-state";
    public const string DeadlinePassed = Base + "deadline-passed";
    public const string WrongActor = Base + "actor-not-permitted";
    public const string LimitReached = Base + "limit-reached";
    public const string RuleViolated = Base + "rule-violated";
    public const string VersionMismatch = Base + "version-mismatch";
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";
    public const string OrderHasOpenDispute = Base + "order-has-open-dispute";
    public const string NotFound = Base + "not-found";
    public const string StateNotFound = Base + "state-not-found";
    public const string WebhookSubscriptionNotFound = Base + "webhook-subscription-not-found";
    public const string DeadLetterNotFound = Base + "dead-letter-not-found";
    public const string ServiceUnavailable = Base + "service-unavailable";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string TooManyRequests = Base + "too-many-requests";
    public const string Internal = Base + "internal";
    public const string CheckpointNotFound = Base + "checkpoint-not-found";
    public const string CheckpointSigningKeyMissing = Base + "checkpoint-signing-key-missing";
}
