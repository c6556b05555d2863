using System.Security.Claims;
using System.Text.Json;
using Disputes.Audit.Trail;
using Disputes.Domain;
using Disputes.EvidenceFiles.Access;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Api.Storefront;

// GET /disputes/{id}/timeline — what happened, in order, for the people working the case: the parties'
// storefront and the mediators. The same events the audit trail reads, without its request metadata
// (other callers' idempotency keys and correlation ids are not the parties' business), and for the storefront
// without the items only mediators may see.
public sealed record TimelineEntry(long Version, string Type, Actor Actor, Instant At, JsonElement Data)
{
    public static TimelineEntry From(AuditEvent e) => new(e.Version, e.Type, e.Actor, e.At, e.Data);

    // An item for the mediators' eyes only is left out of what the storefront, speaking for the parties, reads.
    public static bool Shown(AuditEvent e, ClaimsPrincipal user) =>
        DisputeFiles.IsStaff(user)
        || !(e.Data.ValueKind == JsonValueKind.Object && e.Data.TryGetProperty("evidence", out var item) && item.ValueKind == JsonValueKind.Object
             && item.TryGetProperty("visibility", out var visibility) && visibility.ValueKind == JsonValueKind.String
             && visibility.GetString() == nameof(EvidenceVisibility.Mediators));
}

public sealed record TimelinePage(Guid DisputeId, long CurrentVersion, IReadOnlyList<TimelineEntry> Items, long? NextFromVersion);

public static class GetTimelineEndpoint
{
    public static void MapGetTimeline(this RouteGroupBuilder group) =>
        group.MapGet("/{disputeId:guid}/timeline", Handle)
            .WithName("GetDisputeTimeline")
            .WithSummary("Everything that happened on a dispute, in order: messages, evidence, offers, escalations, decisions, clocks")
            .WithDescription("Pages by stream version: fromVersion (default 1) and limit (1..1000, default 1000).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<TimelinePage>, ProblemHttpResult>> Handle(
        Guid disputeId, string? fromVersion, string? limit, ClaimsPrincipal user, ISender sender, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var query = GetDisputeEvents.Parse(errors, disputeId, fromVersion, limit);
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));
        return await sender.Send(query, ct) is { } page
            ? TypedResults.Ok(new TimelinePage(page.DisputeId, page.CurrentVersion, page.Items.Where(e => TimelineEntry.Shown(e, user)).Select(TimelineEntry.From).ToList(), page.NextFromVersion))
            : TypedResults.Problem(Problems.DisputeNotFound(disputeId));
    }
}
