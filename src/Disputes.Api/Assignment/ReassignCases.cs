using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections;
using Disputes.Projections.Writing;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Disputes.Api.Assignment;

// POST /admin/mediators/{mediatorId}/reassign-cases — move every case the mediator holds to another mediator, or back
// to the queue (toMediatorId omitted) for auto-assignment or a claim. Each case is its own ReassignCase command, so one
// refused or contended case neither stops nor undoes the others; the answer lists each with its outcome.
//
// Idempotent under retry: with an Idempotency-Key the cases are fixed, and each outcome saved, as they are decided
// (BulkReassignment), so a retry answers with the same list, and only finishes the cases an interrupted first
// attempt had not reached. A case moved but not yet saved when the instance died is found already with its new
// mediator and reported "unchanged".
public sealed record ReassignCasesBody(string? ToMediatorId, string? Reason, bool Force = false) : IRequestBody;

public sealed record ReassignedCase(Guid DisputeId, string Outcome, string? ProblemType = null, string? Rule = null, string? Detail = null)
{
    public const string Reassigned = "reassigned";
    public const string Unchanged = "unchanged";
    public const string Refused = "refused";
    public const string Conflict = "conflict";
}

public sealed record ReassignCasesResult(string FromMediatorId, string? ToMediatorId, IReadOnlyList<ReassignedCase> Items);

public sealed class BulkReassignment
{
    public string Id { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public List<Guid> Cases { get; set; } = [];
    public List<ReassignedCase> Items { get; set; } = [];
}

public static class ReassignCasesEndpoint
{
    public static void MapReassignCases(this RouteGroupBuilder group) =>
        group.MapPost("/{mediatorId}/reassign-cases", Handle)
            .WithName("ReassignMediatorCases")
            .WithSummary("Move every case a mediator holds to another mediator, or back to the queue, with a result per case")
            .WithDescription("toMediatorId omitted: the cases go back to the queue (auto-assignment or a claim takes them). The target must "
                + "have an active profile (404, 422 otherwise); a case that would take them past their capacity is refused unless force is "
                + "true. Each item is reassigned, unchanged (already there), refused (with the problem type and rule) or conflict "
                + "(contended; retry). Idempotency-Key makes a retry answer with the same items.")
            .Produces<ReassignCasesResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<RefusalProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");

    public static async Task<IResult> Handle(
        string mediatorId, ReassignCasesBody body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http, IDocumentStore store, IServiceScopeFactory scopes, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (errors.Required("reason", body.Reason) && (body.Reason.Length > 2000 || string.IsNullOrWhiteSpace(body.Reason)))
            errors.Add("reason", "reason is 1 to 2000 characters.");
        if (body.ToMediatorId is { } to && (to.Length is 0 or > 200 || to.Any(char.IsControl) || to == mediatorId))
            errors.Add("toMediatorId", "toMediatorId is another mediator's id on one line (omit it to return the cases to the queue).");
        if (idempotencyKey is { } key && (key.Length is 0 or > 255 || key.Any(char.IsControl)))
            errors.Add("Idempotency-Key", "Idempotency-Key must be 1 to 255 characters without control characters.");
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));

        MediatorProfile? target = null;
        await using (var read = store.QuerySession())
        {
            if (body.ToMediatorId is { } toId)
            {
                target = await read.LoadAsync<MediatorProfile>(toId, ct);
                if (target is null)
                    return TypedResults.Problem(Problems.MediatorProfileNotFound(toId));
                if (!target.Active)
                    return TypedResults.Problem(Problems.MediatorUnavailable(toId, "is inactive"));
            }
        }

        var caller = http.User.Subject();
        var fingerprint = $"{mediatorId}\n{body.ToMediatorId}\n{body.Reason}\n{body.Force}";
        await using var session = store.LightweightSession();
        var bulk = idempotencyKey is null ? null : await session.LoadAsync<BulkReassignment>($"{caller}:{idempotencyKey}", ct);
        if (bulk is not null && bulk.Fingerprint != fingerprint)
            return TypedResults.Problem(Problems.IdempotencyKeyReused());
        if (bulk is null)
        {
            var held = await session.Query<DisputeListItem>()
                .Where(r => r.MediatorId == mediatorId && (r.Status == DisputeStatus.UnderMediation || r.Status == DisputeStatus.AwaitingEvidence))
                .ToListAsync(ct);
            bulk = new BulkReassignment { Id = $"{caller}:{idempotencyKey}", Fingerprint = fingerprint, Cases = [.. held.OrderBy(r => r.Id).Select(r => r.Id)] };
            await Save(session, bulk, idempotencyKey, ct);
        }
        else
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        var load = target is null ? 0 : (await DeskQueue.LoadAsync(store, ct)).Held.GetValueOrDefault(target.Id);
        foreach (var disputeId in bulk.Cases.Where(id => bulk.Items.All(i => i.DisputeId != id)).ToList())
        {
            var item = target is not null && !body.Force && load >= target.Capacity
                ? new ReassignedCase(disputeId, ReassignedCase.Refused, ProblemTypes.MediatorUnavailable, "mediator-unavailable",
                    $"Mediator {target.Id} holds {load} of {target.Capacity} cases; send force to exceed it.")
                : await ReassignOne(scopes, disputeId, body, caller, ct);
            if (item.Outcome == ReassignedCase.Reassigned)
                load++;
            bulk.Items.Add(item);
            await Save(session, bulk, idempotencyKey, ct);
        }
        return TypedResults.Ok(new ReassignCasesResult(mediatorId, body.ToMediatorId, [.. bulk.Cases.Select(id => bulk.Items.First(i => i.DisputeId == id))]));
    }

    // Only a keyed request is kept: without a key there is nothing a retry could name.
    private static async Task Save(IDocumentSession session, BulkReassignment bulk, string? key, CancellationToken ct)
    {
        if (key is null)
            return;
        session.Store(bulk);
        await session.SaveChangesAsync(ct);
    }

    private static async Task<ReassignedCase> ReassignOne(IServiceScopeFactory scopes, Guid disputeId, ReassignCasesBody body, string caller, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<CommandContext>();
            context.Caller = new Caller(caller, Roles.Admin);
            var writer = scope.ServiceProvider.GetRequiredService<DisputeWriter>();
            return await writer.Execute(new ReassignCase(disputeId, body.ToMediatorId, body.Reason!, Actor.Platform(caller)), ct) switch
            {
                Written { Appended: true } => new ReassignedCase(disputeId, ReassignedCase.Reassigned),
                Written => new ReassignedCase(disputeId, ReassignedCase.Unchanged),
                CommandRefused refused => Refused(disputeId, refused.Refusal),
                var other => new ReassignedCase(disputeId, ReassignedCase.Conflict, Detail: other.GetType().Name),
            };
        }
        catch (StreamContendedException e)
        {
            return new ReassignedCase(disputeId, ReassignedCase.Conflict, Detail: e.Message);
        }
    }

    private static ReassignedCase Refused(Guid disputeId, Refusal refusal)
    {
        var problem = Problems.From(refusal);
        return new ReassignedCase(disputeId, ReassignedCase.Refused, problem.Type, refusal.Rule, refusal.Message);
    }
}
