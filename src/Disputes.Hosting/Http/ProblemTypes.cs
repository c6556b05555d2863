
namespace Disputes.Hosting.Http;

// Stable identifiers clients switch on; titles may change, these may not. All lists each one with its status and
// meaning, for the OpenAPI document and the guide on the reference page.
public static class ProblemTypes
{
    private const string Base = "https://disputes.dev/problems/";
    public const string InvalidInput = Base + "invalid-input";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
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
    public const string MethodNotAllowed = Base + "method-not-allowed";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string StateNotFound = Base + "state-not-found";
    public const string WebhookSubscriptionNotFound = Base + "webhook-subscription-not-found";
    public const string DeadLetterNotFound = Base + "dead-letter-not-found";
    public const string MediatorProfileNotFound = Base + "mediator-profile-not-found";
    public const string TeamNotFound = Base + "team-not-found";
    public const string MediatorUnavailable = Base + "mediator-unavailable";
    public const string ServiceUnavailable = Base + "service-unavailable";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string TooManyRequests = Base + "too-many-requests";
    public const string Internal = Base + "internal";
    public const string CheckpointNotFound = Base + "checkpoint-not-found";
    public const string CheckpointSigningKeyMissing = Base + "checkpoint-signing-key-missing";
    public const string WhatIfRunNotFound = Base + "what-if-run-not-found";
    public const string WhatIfRunInProgress = Base + "what-if-run-in-progress";
    public const string EvidenceNotFound = Base + "evidence-not-found";
    public const string UploadNotFound = Base + "upload-not-found";
    public const string UploadOffsetMismatch = Base + "upload-offset-mismatch";

    public sealed record Entry(string Type, int Status, string Meaning);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new(InvalidInput, 400, "A field, header or query parameter is invalid; `errors` maps each (as sent: `amountPaid.amount`, `evidence[0].uri`, `If-Match`) to what is wrong."),
        new(Unauthorized, 401, "No valid bearer token."),
        new(Forbidden, 403, "The token's role may not call this endpoint."),
        new(WrongActor, 403, "The party or mediator the request acts for may not take this action on this dispute; `rule` says why."),
        new(DisputeNotFound, 404, "No dispute has this id."),
        new(StateNotFound, 404, "The dispute has no state at the version or instant asked for (`currentVersion`, `openedAt`)."),
        new(WebhookSubscriptionNotFound, 404, "No webhook subscription has this id."),
        new(DeadLetterNotFound, 404, "No dead-lettered notification has this id."),
        new(MediatorProfileNotFound, 404, "No mediator profile has this id (an admin creates it with PUT /admin/mediators/{mediatorId})."),
        new(TeamNotFound, 404, "No mediator profile names this team (a profile's `team`, set with PUT /admin/mediators/{mediatorId})."),
        new(MediatorUnavailable, 422, "A bulk reassignment's target mediator is inactive or at capacity (send force to exceed capacity)."),
        new(CheckpointNotFound, 404, "No signed checkpoint has this id."),
        new(WhatIfRunNotFound, 404, "No what-if run with this id is known to this instance (runs live in its memory; the last 20 are kept)."),
        new(EvidenceNotFound, 404, "The dispute has no evidence file with this id that the caller may see."),
        new(UploadNotFound, 404, "The dispute has no upload in progress with this id from this caller."),
        new(NotFound, 404, "No endpoint at this path."),
        new(MethodNotAllowed, 405, "The endpoint does not take this HTTP method."),
        new(NotAllowedInState, 409, "The action is not possible in the dispute's current state; `allowedActions` lists what the caller may do now."),
        new(DeadlinePassed, 409, "The clock or window for this action has run out (a clock's expiry is being processed; a rating window just closes); `allowedActions` lists what is left."),
        new(DisputeAlreadyExists, 409, "Another dispute, with different details, already has this disputeId."),
        new(CheckpointSigningKeyMissing, 409, "No checkpoint signing key is configured on this instance, so no checkpoint can be taken."),
        new(WhatIfRunInProgress, 409, "A what-if run is already going on this instance (`runId`); wait for it or cancel it."),
        new(OrderHasOpenDispute, 409, "The order already has an open dispute, named by `disputeId`; act on that one."),
        new(UploadOffsetMismatch, 409, "The part does not start where the upload stands; `expectedOffset` is where the next part starts."),
        new(VersionMismatch, 412, "The dispute moved on from the version in If-Match; read it again and decide again."),
        new(PayloadTooLarge, 413, "The request body, or an evidence file (per file, per upload or all of a dispute's together), is larger than `limitBytes`."),
        new(UnsupportedMediaType, 415, "Request bodies are `application/json` (`multipart/form-data` or `application/octet-stream` for evidence files); an evidence file's bytes are not of an accepted type, or not of the type it was sent as."),
        new(LimitReached, 422, "A limit of the dispute's policy was reached (evidence items, one appeal, one rating per party); `rule` names it."),
        new(RuleViolated, 422, "A business rule refused the request; `rule` names it (e.g. `refund-exceeds-amount-paid`)."),
        new(IdempotencyKeyReused, 422, "The Idempotency-Key was used for a different request; send a new key for a new request."),
        new(TooManyRequests, 429, "Over this client's request rate; retry after Retry-After seconds."),
        new(Internal, 500, "A fault on our side, logged; not the client's doing."),
        new(ServiceUnavailable, 503, "The database cannot be reached; retry after Retry-After with the same Idempotency-Key."),
    ];

    // The web server's own problems (no token, no route, wrong method) come with RFC 9110 links; clients switch on
    // ours, so those get the stable type of their status. Types set here are kept.
    public static string? Stable(string? type, int status) =>
        type is null || type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal) ? ForStatus(status) ?? type : type;

    private static string? ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        StatusCodes.Status500InternalServerError => Internal,
        StatusCodes.Status503ServiceUnavailable => ServiceUnavailable,
        _ => null,
    };

    public static string Table() =>
        string.Join("\n", All.Select(e => $"* `{e.Type}` ({e.Status}): {e.Meaning}"));
}
