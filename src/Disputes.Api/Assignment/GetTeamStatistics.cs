using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Statistics.Mediators;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Api.Assignment;

// GET /statistics/teams/{team} — a team's record: the mediator statistics of the mediators whose profiles name the team
// now, added up (counts) and merged (times, so the medians are exact). Membership is today's: a mediator who moved
// teams brings their whole record along. Here rather than in the statistics module: teams are the desk's profiles.
public sealed record TeamStatisticsView(string Team, IReadOnlyList<string> Members, MediatorStatisticsView Statistics);

public static class GetTeamStatisticsEndpoint
{
    public static void MapTeamStatistics(this IEndpointRouteBuilder app) =>
        app.MapGet("/statistics/teams/{team}", Get)
            .WithTags("Statistics")
            .RequireAuthorization(AuthPolicies.Audit)
            .WithName("GetTeamStatistics")
            .WithSummary("A team's record: its members' mediator statistics added up, with exact medians")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<TeamStatisticsView>, ProblemHttpResult>> Get(string team, IQuerySession session, CancellationToken ct)
    {
        var errors = new RequestErrors();
        PutMediatorProfile.CheckTeam(errors, team);
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));

        var members = (await session.Query<MediatorProfile>().Where(p => p.Team == team).Select(p => p.Id).ToListAsync(ct))
            .Order(StringComparer.Ordinal).ToList();
        if (members.Count == 0)
            return TypedResults.Problem(Problems.TeamNotFound(team));
        var records = await session.LoadManyAsync<MediatorStatistics>(ct, members);
        return TypedResults.Ok(new TeamStatisticsView(team, members, MediatorStatisticsView.From(MediatorStatistics.Combine(team, records))));
    }
}
