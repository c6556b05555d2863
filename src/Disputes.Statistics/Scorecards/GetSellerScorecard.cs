using System.Text.Json.Serialization;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Views;
using Disputes.Projections.Writing;
using Disputes.Statistics.Facts;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Statistics.Scorecards;

// GET /sellers/{sellerId}/scorecard — a seller's dispute record, from the async projection: it trails the commands
// by the daemon's lag (asOf is the instant of the last event it counts). A seller without disputes gets zeros:
// the engine knows sellers only through their disputes, so "none yet" and "unknown" are the same answer.
public sealed record GetSellerScorecard(string SellerId) : IQuery<SellerScorecardView>;

public sealed record SellerScorecardView(
    string SellerId,
    long Opened,
    long Open,
    long Closed,
    long Won,
    long Lost,
    long ResolvedByDeadline,
    OutcomesView Outcomes,
    IReadOnlyList<MoneyTotalView> Refunded,
    FirstResponseView FirstResponse,
    RatingsView RatingsByBuyers,
    RatingsView RatingsBySeller,
    Instant? AsOf);

// Answered: disputes whose first seller answer was timed; Awaiting: open ones still waiting for it.
public sealed record FirstResponseView(long Answered, long Awaiting, [property: JsonConverter(typeof(IsoDurationConverter))] Duration? Median);

public sealed class GetSellerScorecardHandler(IQuerySession session) : IQueryHandler<GetSellerScorecard, SellerScorecardView>
{
    public async ValueTask<SellerScorecardView> Handle(GetSellerScorecard query, CancellationToken ct)
    {
        var card = await session.LoadAsync<SellerScorecard>(query.SellerId, ct) ?? new SellerScorecard { Id = query.SellerId };
        var closed = card.Outcomes.Total;
        return new SellerScorecardView(
            card.Id, card.Opened, card.Opened - closed, closed, card.Won, card.Lost, card.ResolvedByDeadline,
            OutcomesView.From(card.Outcomes), card.Refunded.Select(MoneyTotalView.From).ToList(),
            new FirstResponseView(card.FirstResponses.Sorted.Count, card.AwaitingFirstResponse.Count, card.FirstResponses.Median()),
            RatingsView.From(card.RatingsByBuyers), RatingsView.From(card.RatingsBySeller), card.LastEventAt);
    }
}

public static class GetSellerScorecardEndpoint
{
    // No longer id can have opened a dispute (the domain's MaxIdLength).
    private const int MaxIdLength = 200;

    public static void MapGetSellerScorecard(this RouteGroupBuilder group) =>
        group.MapGet("/{sellerId}/scorecard", Handle)
            .WithName("GetSellerScorecard")
            .WithSummary("A seller's dispute record: opened, won, lost, resolved by deadline, refunds, first-response time, ratings")
            .WithDescription("Won: closed with nothing refunded to the buyer (seller favoured, withdrawn, expired); lost: closed with "
                + "a refund (buyer favoured, split). Resolved by deadline: a clock settled the money (seller silence, offer or return "
                + "lapsed, delivered return never confirmed). Refunded: money actually paid back, per currency. First response: "
                + "median time from opening to the seller's first accept, offer, reject or escalation. Ratings: how the buyers, and the "
                + "seller, rated (1-5) the resolutions of the seller's closed disputes. Projected asynchronously: "
                + "asOf is the instant of the last event counted.")
            .ProducesValidationProblem();

    public static Task<Results<Ok<SellerScorecardView>, ProblemHttpResult>> Handle(string sellerId, ISender sender, CancellationToken ct) =>
        QueryResults.Send(sender, errors => new GetSellerScorecard(SellerId(errors, sellerId)), ct);

    private static string SellerId(RequestErrors errors, string raw)
    {
        if (QueryParameters.Text(errors, "sellerId", raw) is not { } id)
        {
            if (!errors.Any)
                errors.Add("sellerId", "sellerId is required.");
            return "";
        }
        if (id.Length > MaxIdLength)
            errors.Add("sellerId", $"sellerId must be at most {MaxIdLength} characters.");
        return id;
    }
}
