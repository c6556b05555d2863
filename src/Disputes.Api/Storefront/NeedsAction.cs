using Disputes.Api.Idempotency;
using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections;
using Disputes.Projections.Views;
using Disputes.Projections.Writing;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Api.Storefront;

// GET /disputes/needs-action — the disputes waiting on one party now, most urgent first. The list projection
// says whom each dispute waits on (WaitingOn, as of its last event); the answers are read again as of now,
// so a deadline that has passed but not yet fired no longer counts.
public sealed record NeedsActionParameters(string? Party, string? PartyId, string? Limit)
{
    public NeedsAction Parse(RequestErrors errors)
    {
        var party = QueryParameters.Enum<Party>(errors, "party", Party);
        errors.Required("party", Party);
        errors.Required("partyId", QueryParameters.Text(errors, "partyId", PartyId));
        return new NeedsAction(party ?? Domain.Party.Buyer, PartyId ?? "", QueryParameters.Limit(errors, Limit));
    }
}

public sealed record NeedsAction(Party Party, string PartyId, int Limit) : IQuery<NeedsActionPage>;

public sealed record NeedsActionItem(DisputeSummaryView Dispute, IReadOnlyList<ActionView> Actions, Instant? DueAt)
{
    // A row the projection says waits on someone, with that someone's answers as of now; null when none is left
    // (a deadline passed but not yet fired, a mediator who may not take the case).
    public static NeedsActionItem? For(DisputeListItem row, IReadOnlyList<ActionOption> answers, Instant now) =>
        answers.Count == 0 ? null
        : new NeedsActionItem(DisputeSummaryView.From(row, now), answers.Select(ActionView.From).ToList(), answers.Min(o => o.Until));
}

public sealed record NeedsActionPage(IReadOnlyList<NeedsActionItem> Items);

public sealed class NeedsActionHandler(IQuerySession session, IClock clock) : IQueryHandler<NeedsAction, NeedsActionPage>
{
    public async ValueTask<NeedsActionPage> Handle(NeedsAction q, CancellationToken ct)
    {
        var rows = q.Party == Party.Buyer
            ? session.Query<DisputeListItem>().Where(x => x.BuyerId == q.PartyId && x.WaitingOnBuyer)
            : session.Query<DisputeListItem>().Where(x => x.SellerId == q.PartyId && x.WaitingOnSeller);
        var now = clock.GetCurrentInstant();
        var actor = q.Party == Party.Buyer ? Actor.Buyer(q.PartyId) : Actor.Seller(q.PartyId);

        var items = (await rows.WithStateAsync(ct))
            .Select(d => NeedsActionItem.For(d.Row, WaitingOn.Answers(AllowedActions.For(d.State, actor, now, d.State.Policy), d.State, q.Party), now))
            .OfType<NeedsActionItem>();

        return new NeedsActionPage(items
            .OrderBy(i => i.DueAt is null).ThenBy(i => i.DueAt).ThenByDescending(i => i.Dispute.OpenedAt).ThenBy(i => i.Dispute.Id)
            .Take(q.Limit).ToList());
    }
}

public static class NeedsActionEndpoint
{
    public static void MapNeedsAction(this RouteGroupBuilder group) =>
        group.MapGet("/needs-action", Handle)
            .WithName("DisputesNeedingAction")
            .WithSummary("What needs this party's action now: its open disputes that wait on it, earliest deadline first")
            .ProducesValidationProblem();

    public static Task<Results<Ok<NeedsActionPage>, ProblemHttpResult>> Handle(
        [AsParameters] NeedsActionParameters parameters, ISender sender, CancellationToken ct) =>
        QueryResults.Send(sender, errors => parameters.Parse(errors), ct);
}
