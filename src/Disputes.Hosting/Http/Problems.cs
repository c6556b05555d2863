using Disputes.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Disputes.Hosting.Http;

// The single table from what went wrong to an RFC 9457 problem. Endpoints and the exception handler both come
// here, so a kind of error has one status and one type wherever it arises.
public static class Problems
{
    private static readonly Dictionary<RefusalKind, (int Status, string Type, string Title)> ByKind = new()
    {
        [RefusalKind.InvalidInput] = (StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput, "The request has invalid fields."),
        [RefusalKind.DisputeNotFound] = (StatusCodes.Status404NotFound, ProblemTypes.DisputeNotFound, "The dispute does not exist."),
        [RefusalKind.DisputeAlreadyExists] = (StatusCodes.Status409Conflict, ProblemTypes.DisputeAlreadyExists, "A different dispute already has this id."),
        [RefusalKind.NotAllowedInState] = (StatusCodes.Status409Conflict, ProblemTypes.NotAllowedInState, "The action is not allowed in the dispute's current state."),
        [RefusalKind.DeadlinePassed] = (StatusCodes.Status409Conflict, ProblemTypes.DeadlinePassed, "The deadline for this action has passed."),
        [RefusalKind.WrongActor] = (StatusCodes.Status403Forbidden, ProblemTypes.WrongActor, "This participant may not take the action."),
        [RefusalKind.LimitReached] = (StatusCodes.Status422UnprocessableEntity, ProblemTypes.LimitReached, "A limit of the dispute policy was reached."),
        [RefusalKind.RuleViolated] = (StatusCodes.Status422UnprocessableEntity, ProblemTypes.RuleViolated, "A business rule refused the request."),
    };

    public static ProblemDetails From(Refusal refusal)
    {
        var (status, type, title) = ByKind[refusal.Kind];
        if (refusal.Kind == RefusalKind.InvalidInput)
            return Validation(refusal.FieldErrors?.ToDictionary() ?? [], refusal.Message);

        return new RefusalProblemDetails
        {
            Status = status, Type = type, Title = title, Detail = refusal.Message, Rule = refusal.Rule,
            AllowedActions = status == StatusCodes.Status409Conflict ? refusal.AllowedActions : null,
        };
    }

    public static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        new(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.InvalidInput,
            Title = "The request has invalid fields.",
            Detail = detail,
        };

    public static ProblemDetails VersionMismatch(Guid disputeId, long expected) => new()
    {
        Status = StatusCodes.Status412PreconditionFailed,
        Type = ProblemTypes.VersionMismatch,
        Title = "The dispute has changed since the version in If-Match.",
        Detail = $"Dispute {disputeId} is no longer at version {expected}; read it again and retry.",
    };

    public static ProblemDetails IdempotencyKeyReused() => new RefusalProblemDetails
    {
        Rule = "idempotency-key-reused",
        Status = StatusCodes.Status422UnprocessableEntity,
        Type = ProblemTypes.IdempotencyKeyReused,
        Title = "The Idempotency-Key was already used for a different request.",
        Detail = "Send a new key for a new request; reuse a key only to retry the very same request.",
    };

    public static ProblemDetails OrderHasOpenDispute(string orderId, Guid disputeId) => new RefusalProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Type = ProblemTypes.OrderHasOpenDispute,
        Title = "The order already has an open dispute.",
        Detail = $"Order {orderId} already has open dispute {disputeId}; act on that one, or open a new one after it closes.",
        Rule = "order-has-open-dispute",
        AllowedActions = [],
        OrderId = orderId,
        DisputeId = disputeId,
    };

    // The connection may have dropped after the commit: the client cannot know, so it retries with its Idempotency-Key.
    public static ProblemDetails ServiceUnavailable() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Type = ProblemTypes.ServiceUnavailable,
        Title = "The service is temporarily unavailable.",
        Detail = "The database cannot be reached right now. Retry after the delay in Retry-After with the same Idempotency-Key, which makes the retry safe whether or not this attempt was applied.",
    };

    public static ProblemDetails PayloadTooLarge(long limit) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Type = ProblemTypes.PayloadTooLarge,
        Title = "The request body is too large.",
        Detail = $"Request bodies are at most {limit} bytes.",
        Extensions = { ["limitBytes"] = limit },
    };

    public static ProblemDetails TooManyRequests(int retryAfterSeconds) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Type = ProblemTypes.TooManyRequests,
        Title = "Too many requests from this client.",
        Detail = $"Slow down: retry after {retryAfterSeconds} s (Retry-After).",
    };

    public static ProblemDetails DisputeNotFound(Guid disputeId) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.DisputeNotFound,
        Title = "The dispute does not exist.",
        Detail = $"Dispute {disputeId} does not exist.",
    };

    // The dispute exists, but not at the version or instant asked for (before it opened, or past its last event).
    public static ProblemDetails StateNotFound(Guid disputeId, string detail, long currentVersion, NodaTime.Instant? openedAt = null)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Type = ProblemTypes.StateNotFound,
            Title = "The dispute has no state at that version or instant.",
            Detail = detail,
        };
        problem.Extensions["disputeId"] = disputeId;
        problem.Extensions["currentVersion"] = currentVersion;
        if (openedAt is not null)
            problem.Extensions["openedAt"] = openedAt;
        return problem;
    }

    // A mediator sets their own preferences; an admin anyone's.
    public static ProblemDetails OthersPreferences(string participantId) => new()
    {
        Status = StatusCodes.Status403Forbidden,
        Type = ProblemTypes.Forbidden,
        Title = "The token's role may not call this endpoint.",
        Detail = $"A mediator may set only their own preferences, not those of {participantId}; an admin may set anyone's.",
    };

    public static ProblemDetails WebhookSubscriptionNotFound(Guid subscriptionId) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.WebhookSubscriptionNotFound,
        Title = "The webhook subscription does not exist.",
        Detail = $"Webhook subscription {subscriptionId} does not exist.",
    };

    public static ProblemDetails MediatorProfileNotFound(string mediatorId) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.MediatorProfileNotFound,
        Title = "The mediator has no profile.",
        Detail = $"Mediator {mediatorId} has no profile.",
    };

    public static ProblemDetails TeamNotFound(string team) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.TeamNotFound,
        Title = "No mediator works in this team.",
        Detail = $"No mediator profile names team {team}.",
    };

    public static ProblemDetails MediatorUnavailable(string mediatorId, string why) => new RefusalProblemDetails
    {
        Rule = "mediator-unavailable",
        Status = StatusCodes.Status422UnprocessableEntity,
        Type = ProblemTypes.MediatorUnavailable,
        Title = "The target mediator cannot take more cases.",
        Detail = $"Mediator {mediatorId} {why}.",
    };

    public static ProblemDetails DeadLetterNotFound(Guid notificationId) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.DeadLetterNotFound,
        Title = "No dead-lettered notification has this id.",
        Detail = $"Notification {notificationId} is not in the dead-letter list (never was, already redelivered, or its subscription was deleted).",
    };

    public static ProblemDetails CheckpointNotFound(string which) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.CheckpointNotFound,
        Title = "The checkpoint does not exist.",
        Detail = $"There is no checkpoint {which}.",
    };

    // A setting of the deployment, not of the request: the same call succeeds once the key is configured.
    public static ProblemDetails CheckpointSigningKeyMissing() => new()
    {
        Status = StatusCodes.Status409Conflict,
        Type = ProblemTypes.CheckpointSigningKeyMissing,
        Title = "No checkpoint signing key is configured.",
        Detail = "Checkpoints are signed with Disputes:Checkpoints:SigningKey (a PEM ECDSA P-256 private key), which this deployment does not set.",
    };

    public static ProblemDetails WhatIfRunNotFound(Guid runId) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.WhatIfRunNotFound,
        Title = "The what-if run does not exist.",
        Detail = $"No what-if run {runId} is known to this instance.",
    };

    public static ProblemDetails WhatIfRunInProgress(Guid runningId)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = ProblemTypes.WhatIfRunInProgress,
            Title = "A what-if run is already going on this instance.",
            Detail = $"What-if run {runningId} is still running; wait for it (GET /audit/what-if/{runningId}) or cancel it (DELETE).",
        };
        problem.Extensions["runId"] = runningId;
        return problem;
    }
    public static ProblemDetails EvidenceTooLarge(long limit, string detail) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Type = ProblemTypes.PayloadTooLarge,
        Title = "The evidence file is too large.",
        Detail = detail,
        Extensions = { ["limitBytes"] = limit },
    };

    public static ProblemDetails UnsupportedEvidence(string detail) => new()
    {
        Status = StatusCodes.Status415UnsupportedMediaType,
        Type = ProblemTypes.UnsupportedMediaType,
        Title = "The evidence file is not of an accepted type.",
        Detail = detail,
    };

    public static ProblemDetails EvidenceNotFound(Guid disputeId, Guid evidenceId) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.EvidenceNotFound,
        Title = "No such evidence file.",
        Detail = $"Dispute {disputeId} holds no file {evidenceId} that you may see.",
    };

    public static ProblemDetails UploadNotFound(Guid disputeId, Guid uploadId) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Type = ProblemTypes.UploadNotFound,
        Title = "No such upload.",
        Detail = $"Dispute {disputeId} has no upload {uploadId} in progress from you.",
    };

    public static ProblemDetails UploadOffsetMismatch(long expected) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Type = ProblemTypes.UploadOffsetMismatch,
        Title = "The part does not start where the upload stands.",
        Detail = $"The next part starts at byte {expected}.",
        Extensions = { ["expectedOffset"] = expected },
    };
}
