using System.Security.Claims;
using System.Text.Json;
using Disputes.Audit.Trail;
using Disputes.Domain;
using Disputes.EvidenceFiles.Access;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Api.Storefront;

// GET /disputes/{id}/timeline — what happened, in order, for the people working the case: the parties'
// storefront and the mediators. The same events the audit trail reads, without its request metadata
// (other callers' idempotency keys and correlation ids are not the parties' business), and for the storefront
// without the items only mediators may see.
// Text: for an event holding a text a participant wrote, its SHA-256 (what a translation quotes), its language and the
// translations stored beside it so far; null for every other event.
public sealed record TimelineEntry(long Version, string Type, Actor Actor, Instant At, JsonElement Data, TimelineText? Text = null)
{
    public static TimelineEntry From(AuditEvent e, Dispute? state) =>
        new(e.Version, e.Type, e.Actor, e.At, e.Data,
            state?.Texts.GetValueOrDefault(e.Version) is { } text ? new TimelineText(text.Sha256, text.Original.Value, text.Translations) : null);

    // An item for the mediators' eyes only is left out of what the storefront, speaking for the parties, reads.
    public static bool Shown(AuditEvent e, ClaimsPrincipal user) =>
        DisputeFiles.IsStaff(user)
        || !(e.Data.ValueKind == JsonValueKind.Object && e.Data.TryGetProperty("evidence", out var item) && item.ValueKind == JsonValueKind.Object
             && item.TryGetProperty("visibility", out var visibility) && visibility.ValueKind == JsonValueKind.String
             && visibility.GetString() == nameof(EvidenceVisibility.Mediators));
}

public sealed record TimelineText(string Sha256, string Language, IReadOnlyList<TextTranslation> Translations);

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
        Guid disputeId, string? fromVersion, string? limit, ClaimsPrincipal user, ISender sender, IQuerySession session, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var query = GetDisputeEvents.Parse(errors, disputeId, fromVersion, limit);
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));
        if (await sender.Send(query, ct) is not { } page)
            return TypedResults.Problem(Problems.DisputeNotFound(disputeId));
        // The texts' translations are kept on the dispute's document, which may be a commit ahead of the page: a
        // translation newer than the page shows with its text, which is what a reader wants.
        var state = (await session.LoadAsync<DisputeDetails>(disputeId, ct))?.State;
        return TypedResults.Ok(new TimelinePage(page.DisputeId, page.CurrentVersion,
            page.Items.Where(e => TimelineEntry.Shown(e, user)).Select(e => TimelineEntry.From(e, state)).ToList(), page.NextFromVersion));
    }
}
