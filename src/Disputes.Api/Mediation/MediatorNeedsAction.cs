using Disputes.Api.Storefront;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Projections;
using Disputes.Projections.Writing;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Api.Mediation;

// GET /mediation/needs-action — the cases waiting on the calling mediator now: assigned to them and awaiting a
// decision, then cases nobody has claimed that they may claim; earliest SLA first. Same projection flags as the
// parties' needs-action, with the mediator's own answers read again as of now (an excluded mediator gets none).
public sealed record MediatorNeedsAction(string MediatorId, int Limit) : IQuery<NeedsActionPage>;

public sealed class MediatorNeedsActionHandler(IQuerySession session, IClock clock) : IQueryHandler<MediatorNeedsAction, NeedsActionPage>
{
    public async ValueTask<NeedsActionPage> Handle(MediatorNeedsAction q, CancellationToken ct)
    {
        var rows = await session.Query<DisputeListItem>()
            .Where(x => x.WaitingOnMediator && (x.MediatorId == q.MediatorId || !x.Assigned))
            .WithStateAsync(ct);
        var now = clock.GetCurrentInstant();
        var me = Actor.Mediator(q.MediatorId);

        var items = rows
            .Select(d => NeedsActionItem.For(d.Row, WaitingOn.MediatorAnswers(AllowedActions.For(d.State, me, now, d.State.Policy)), now))
            .OfType<NeedsActionItem>();
        return new NeedsActionPage(items
            .OrderBy(i => i.Dispute.MediatorId is null).ThenBy(i => i.DueAt is null).ThenBy(i => i.DueAt).ThenBy(i => i.Dispute.Id)
            .Take(q.Limit).ToList());
    }
}

public static class MediatorNeedsActionEndpoint
{
    public static void MapMediatorNeedsAction(this RouteGroupBuilder group) =>
        group.MapGet("/needs-action", Handle)
            .WithName("CasesNeedingMyAction")
            .WithSummary("What needs the calling mediator's action now: their cases awaiting a decision, then unclaimed cases they may claim")
            .ProducesValidationProblem();

    public static Task<Results<Ok<NeedsActionPage>, ProblemHttpResult>> Handle(string? limit, HttpContext context, ISender sender, CancellationToken ct) =>
        QueryResults.Send(sender, errors => new MediatorNeedsAction(context.User.Subject(), QueryParameters.Limit(errors, limit)), ct);
}
