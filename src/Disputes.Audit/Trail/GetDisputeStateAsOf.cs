using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Views;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Audit.Trail;

// GET /audit/disputes/{id}/state?at=…|version=… — the dispute as it stood then, replayed from its events
// through the domain's own Evolve (not Marten's aggregation), so an audit checks the rules, not a cache.
// "As of an instant" means the prefix of the stream whose events happened (their own At) at or before it.
// Every stored event counts, archived ones too (ArchivedVersions names those replayed): hiding an event from
// Marten's reads must not change the history an auditor replays.
public sealed record GetDisputeStateAsOf(Guid DisputeId, Instant? At, long? Version) : IQuery<StateAsOfOutcome>;

// AsOf is the instant the allowed actions are computed at: the one asked for, or the At of that version's event.
public sealed record DisputeStateAsOf(
    long Version, Instant AsOf, Instant LastEventAt, long CurrentVersion, IReadOnlyList<long> ArchivedVersions, DisputeView Dispute);

public abstract record StateAsOfOutcome;
public sealed record StateFound(DisputeStateAsOf State) : StateAsOfOutcome;
public sealed record StateDisputeMissing : StateAsOfOutcome;
public sealed record StateMissing(string Reason, long CurrentVersion, Instant OpenedAt) : StateAsOfOutcome;

public sealed class GetDisputeStateAsOfHandler(IQuerySession session, DisputeViews views) : IQueryHandler<GetDisputeStateAsOf, StateAsOfOutcome>
{
    public async ValueTask<StateAsOfOutcome> Handle(GetDisputeStateAsOf query, CancellationToken ct)
    {
        var stream = await StoredStream.Read(session, query.DisputeId, long.MaxValue, ct);
        if (stream.Count == 0)
            return new StateDisputeMissing();
        var facts = stream.Select(e => (IDisputeEvent)e.Data).ToList();
        var openedAt = facts[0].At;

        var count = query.Version is { } version
            ? (int)Math.Min(version, facts.Count)
            : facts.TakeWhile(f => f.At <= query.At!.Value).Count();
        if (query.Version > facts.Count)
            return new StateMissing($"Version {query.Version} is beyond the stream, which is at version {facts.Count}.", facts.Count, openedAt);
        if (count == 0)
            return new StateMissing($"The dispute did not exist at {query.At}: it opened at {openedAt}.", facts.Count, openedAt);

        var replayed = facts.Take(count).ToList();
        var state = DisputeEvolver.Fold(replayed);
        var lastAt = replayed[^1].At;
        var asOf = query.At ?? lastAt;
        var archived = stream.Take(count).Where(e => e.IsArchived).Select(e => e.Version).ToList();
        return new StateFound(new DisputeStateAsOf(count, asOf, lastAt, facts.Count, archived, views.For(state, count, asOf)));
    }
}

public static class GetDisputeStateAsOfEndpoint
{
    public static void MapGetDisputeStateAsOf(this RouteGroupBuilder group) =>
        group.MapGet("/disputes/{disputeId:guid}/state", Handle)
            .WithName("GetDisputeStateAsOf")
            .WithSummary("The dispute as of an instant or a version, replayed from its events through the domain")
            .WithDescription("Exactly one of at (ISO-8601 instant; events whose own 'at' is at or before it) or version (1..current). "
                + "Allowed actions are computed as of that instant (for a version: the instant of its last event). "
                + "404 state-not-found when the dispute had not opened by then or the version is beyond the stream.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DisputeStateAsOf>, ProblemHttpResult>> Handle(
        Guid disputeId, string? at, string? version, ISender sender, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var instant = QueryParameters.Instant(errors, "at", at);
        var number = QueryParameters.WholeNumber(errors, "version", version, 1, long.MaxValue);
        if ((at is null) == (version is null))
        {
            const string message = "Give exactly one of at or version.";
            errors.Add("at", message);
            errors.Add("version", message);
        }
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));

        return await sender.Send(new GetDisputeStateAsOf(disputeId, instant, number), ct) switch
        {
            StateFound found => TypedResults.Ok(found.State),
            StateMissing missing => TypedResults.Problem(Problems.StateNotFound(disputeId, missing.Reason, missing.CurrentVersion, missing.OpenedAt)),
            _ => TypedResults.Problem(Problems.DisputeNotFound(disputeId)),
        };
    }
}
