using System.Buffers.Text;
using System.Security.Cryptography;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using Disputes.Webhooks.Delivery;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Disputes.Webhooks.Subscriptions;

// POST /webhooks/subscriptions — notify a URL of the listed event types, from the next commit on. The secret
// (chosen by the admin, or generated) is in this response only; it signs every delivery.
public sealed record CreateSubscriptionBody(string? Url, IReadOnlyList<string>? EventTypes, string? Secret = null, string? Description = null) : IRequestBody
{
    public override string ToString() => $"webhook subscription to {Url}";
}

public sealed record CreateSubscription(CreateSubscriptionBody Body, string? IdempotencyKey, string CreatedBy)
    : ICommand<SubscriptionCreation>, IValidatable
{
    public const int MaxUrlLength = 2048;
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;

    public void Validate(RequestErrors errors)
    {
        if (errors.Required("url", Body.Url) && (Body.Url.Length > MaxUrlLength || !WebhookUrls.IsHttpUrl(Body.Url)))
            errors.Add("url", $"url must be an absolute http or https URL without credentials, at most {MaxUrlLength} characters.");
        if (errors.Required("eventTypes", Body.EventTypes))
        {
            if (Body.EventTypes.Count == 0)
                errors.Add("eventTypes", $"eventTypes must name at least one event type, or \"{WebhookEventTypes.All}\" for all.");
            foreach (var unknown in Body.EventTypes.Where(t => t is null || !WebhookEventTypes.IsValid(t)))
                errors.Add("eventTypes", $"\"{unknown}\" is not an event type; use \"{WebhookEventTypes.All}\" or one of: {string.Join(", ", WebhookEventTypes.Known.Order())}.");
        }
        if (Body.Secret is { } secret && (secret.Length is < MinSecretLength or > MaxSecretLength || secret.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))))
            errors.Add("secret", $"secret must be {MinSecretLength} to {MaxSecretLength} characters without spaces; omit it to have one generated.");
        if (Body.Description is { } description && (description.Length > 200 || description.Any(char.IsControl)))
            errors.Add("description", "description must be at most 200 characters without control characters.");
        if (IdempotencyKey is { } key && (key.Length is 0 or > 255 || key.Any(char.IsControl)))
            errors.Add("Idempotency-Key", "Idempotency-Key must be 1 to 255 characters without control characters.");
    }
}

public sealed class CreateSubscriptionHandler(WebhookSubscriptions subscriptions, IClock clock) : ICommandHandler<CreateSubscription, SubscriptionCreation>
{
    public async ValueTask<SubscriptionCreation> Handle(CreateSubscription command, CancellationToken ct)
    {
        var body = command.Body;
        return await subscriptions.CreateAsync(new NewWebhookSubscription(
            Guid.CreateVersion7(), body.Url!, body.Secret ?? NewSecret(), body.Secret is not null, [.. body.EventTypes!.Distinct()],
            body.Description, clock.GetCurrentInstant(), command.CreatedBy, command.IdempotencyKey), ct);
    }

    // 256 random bits, prefixed so a leaked one is recognisable in a scan.
    private static string NewSecret() => "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

public static class CreateSubscriptionEndpoint
{
    public static void MapCreateSubscription(this RouteGroupBuilder group) =>
        group.MapPost("/subscriptions", Handle)
            .WithName("CreateWebhookSubscription")
            .WithSummary("Subscribe a URL to signed notifications of the listed event types (the secret is shown once)")
            .Produces<WebhookSubscriptionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .Produces<RefusalProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");

    public static async Task<IResult> Handle(
        CreateSubscriptionBody body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        ISender sender,
        CancellationToken ct)
    {
        switch (await sender.Send(new CreateSubscription(body, idempotencyKey, http.User.Subject()), ct))
        {
            case SubscriptionCreation.Created(var view):
                return TypedResults.Created($"/webhooks/subscriptions/{view.Id}", view);
            case SubscriptionCreation.Replayed(var view):
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Created($"/webhooks/subscriptions/{view.Id}", view);
            default:
                return TypedResults.Problem(Problems.IdempotencyKeyReused());
        }
    }
}
