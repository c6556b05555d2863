using Disputes.Api.Idempotency;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Projections;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Api.Storefront;

// GET /disputes/{id}/actions — for each participant, every action a client can ask for and, when it is blocked,
// the refusal the decider would give now (rule and message come from the same machine that enforces them).
public sealed record GetActionExplanations(Guid DisputeId, string? CallingMediator) : IQuery<ActionExplanationsView?>;

public sealed record ActionExplanationsView(Guid DisputeId, long Version, DisputeStatus Status, Instant AsOf, IReadOnlyList<ParticipantActionsView> Participants);

// Participant: Buyer, Seller, Mediator (the calling mediator, else the assigned one, else "*": any eligible) or Platform.
public sealed record ParticipantActionsView(string Participant, Actor Actor, IReadOnlyList<ActionExplanation> Actions);

public sealed record ActionExplanation(DisputeAction Action, bool Allowed, Instant? Until, ActionRefusal? Refusal);

public sealed record ActionRefusal(RefusalKind Kind, string Rule, string Message);

public sealed class GetActionExplanationsHandler(IQuerySession session, IClock clock) : IQueryHandler<GetActionExplanations, ActionExplanationsView?>
{
    private static readonly DisputeAction[] Asked = Enum.GetValues<DisputeAction>().Where(a => a != DisputeAction.Open && !a.IsClock()).ToArray();

    public async ValueTask<ActionExplanationsView?> Handle(GetActionExplanations query, CancellationToken ct)
    {
        if (await session.LoadAsync<DisputeDetails>(query.DisputeId, ct) is not { State: var d } details)
            return null;
        var now = clock.GetCurrentInstant();
        var machine = DisputeMachine.For(d, now, d.Policy);
        var participants = new (string Name, Actor Actor)[]
        {
            ("Buyer", Actor.Buyer(d.BuyerId)),
            ("Seller", Actor.Seller(d.SellerId)),
            ("Mediator", Actor.Mediator(query.CallingMediator ?? d.MediatorId ?? "*")),
            ("Platform", Actor.Platform("*")),
        };
        return new ActionExplanationsView(d.Id, details.Version, d.Status, now, participants.Select(p =>
        {
            var until = AllowedActions.For(d, p.Actor, now, d.Policy).ToDictionary(o => o.Action, o => o.Until);
            return new ParticipantActionsView(p.Name, p.Actor, Asked.Select(action =>
            {
                var permission = machine.Check(action, p.Actor);
                return permission.Allowed
                    ? new ActionExplanation(action, true, until.GetValueOrDefault(action), null)
                    : new ActionExplanation(action, false, null, new ActionRefusal(permission.Kind, DisputeDecider.RuleName(permission.Kind), permission.Reason));
            }).ToList());
        }).ToList());
    }
}

public static class GetActionExplanationsEndpoint
{
    public static void MapGetActionExplanations(this RouteGroupBuilder group) =>
        group.MapGet("/{disputeId:guid}/actions", Handle)
            .WithName("GetDisputeActionExplanations")
            .WithSummary("Every action per participant: allowed now (and until when), or the refusal rule and message the decider would give")
            .WithDescription("The mediator is the calling mediator when the caller has the mediator role, else the assigned mediator, else \"*\" (any mediator not excluded from the case). Clock actions are not listed: only the scheduler fires them.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<ActionExplanationsView>, ProblemHttpResult>> Handle(
        Guid disputeId, HttpContext context, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetActionExplanations(disputeId, context.User.IsInRole(Roles.Mediator) ? context.User.Subject() : null), ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(Problems.DisputeNotFound(disputeId));
}
