using System.Text.Json.Serialization;
using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Views;
using Disputes.Statistics.Facts;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Statistics.Mediators;

// GET /statistics/mediators/{mediatorId} and GET /statistics/mediators (the desk: every mediator together) — from the
// async projection, trailing the commands by the daemon's lag (asOf is the instant of the last fact counted).
public sealed record GetMediatorStatistics(string MediatorId) : IQuery<MediatorStatisticsView>;

public sealed record MediatorStatisticsView(
    string? MediatorId,
    long Claimed,
    long Released,
    long Decisions,
    IReadOnlyDictionary<DecisionKind, long> DecisionsByKind,
    long SlaBreaches,
    long Appealed,
    long Upheld,
    long Overturned,
    RatingsView RatingsByBuyers,
    RatingsView RatingsBySellers,
    [property: JsonConverter(typeof(IsoDurationConverter))] Duration? MedianTimeToClaim,
    [property: JsonConverter(typeof(IsoDurationConverter))] Duration? MedianTimeToDecision,
    Instant? AsOf)
{
    public static MediatorStatisticsView From(MediatorStatistics s) => new(
        s.Id == MediatorStatistics.Desk || s.Id.StartsWith(MediatorStatistics.TeamPrefix, StringComparison.Ordinal) ? null : s.Id,
        s.Claimed, s.Released, s.Decisions,
        s.DecisionsByKind.OrderBy(k => k.Key).ToDictionary(k => k.Key, k => k.Value),
        s.SlaBreaches, s.Appealed, s.Upheld, s.Overturned, RatingsView.From(s.RatingsByBuyers), RatingsView.From(s.RatingsBySellers),
        s.TimesToClaim.Median(), s.TimesToDecision.Median(), s.LastEventAt);
}

public sealed class GetMediatorStatisticsHandler(IQuerySession session) : IQueryHandler<GetMediatorStatistics, MediatorStatisticsView>
{
    public async ValueTask<MediatorStatisticsView> Handle(GetMediatorStatistics query, CancellationToken ct)
    {
        var s = await session.LoadAsync<MediatorStatistics>(query.MediatorId, ct) ?? new MediatorStatistics { Id = query.MediatorId };
        return MediatorStatisticsView.From(s);
    }
}

public static class GetMediatorStatisticsEndpoint
{
    private const int MaxIdLength = 200;

    public static void MapGetMediatorStatistics(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/mediators", (ISender sender, CancellationToken ct) =>
                QueryResults.Send(sender, _ => new GetMediatorStatistics(MediatorStatistics.Desk), ct))
            .WithName("GetMediationDeskStatistics")
            .WithSummary("The mediation desk's record: every mediator together")
            .WithDescription(Description + " The desk's medians are not kept (they would need every time of every case); ask per mediator.");

        statistics.MapGet("/mediators/{mediatorId}", (string mediatorId, ISender sender, CancellationToken ct) =>
                QueryResults.Send(sender, errors => new GetMediatorStatistics(MediatorId(errors, mediatorId)), ct))
            .WithName("GetMediatorStatistics")
            .WithSummary("One mediator's record: cases claimed and released, decisions by kind, time to claim and to decide, SLA breaches, appeals, ratings")
            .WithDescription(Description)
            .ProducesValidationProblem();
    }

    private const string Description =
        "Claimed: cases taken (claimed or assigned); time to claim: from when the case last became free (escalated, released or "
        + "appealed) to the claim. Decisions by kind, and time to decide from the claim. SLA breaches of the cases held when the "
        + "decision SLA ran out (a breach of a case nobody held counts for the desk only). Appealed: appeals against this "
        + "mediator's decisions; upheld or overturned by the decision that reviewed them (the same kind, or another). Ratings: "
        + "how buyers and sellers rated (1-5) the resolutions of the cases this mediator decided. Projected "
        + "asynchronously: asOf is the instant of the last fact counted.";

    private static string MediatorId(RequestErrors errors, string raw)
    {
        if (QueryParameters.Text(errors, "mediatorId", raw) is not { } id)
        {
            if (!errors.Any)
                errors.Add("mediatorId", "mediatorId is required.");
            return "";
        }
        if (id.Length > MaxIdLength || id == MediatorStatistics.Desk)
            errors.Add("mediatorId", $"mediatorId must be 1 to {MaxIdLength} characters and not '{MediatorStatistics.Desk}' (GET /statistics/mediators is the desk).");
        return id;
    }
}
