using Disputes.Domain;
using Disputes.Statistics.Facts;
using Disputes.Statistics.Scorecards;
using NodaTime;

namespace Disputes.Statistics.Mediators;

// One mediator's record, or the whole desk's (Id = Desk), projected asynchronously from the mediation events.
// docs/projections.md has the definitions.
public sealed class MediatorStatistics
{
    // The desk: every mediator together. No mediator can be "*": it is not an id a token would carry for a person.
    public const string Desk = "*";

    // Never stored: a team's record is added up from its members' when asked (TeamPrefix + the team's name as its id).
    public const string TeamPrefix = "team:";

    public string Id { get; set; } = "";
    public long Claimed { get; set; }
    public long Released { get; set; }
    public long Decisions { get; set; }
    public Dictionary<DecisionKind, long> DecisionsByKind { get; set; } = [];
    public long SlaBreaches { get; set; }
    // Appeals against this mediator's decisions, and how the reviewing decision went.
    public long Appealed { get; set; }
    public long Upheld { get; set; }
    public long Overturned { get; set; }
    // How the parties rated the resolutions this mediator decided.
    public RatingTally RatingsByBuyers { get; set; } = new();
    public RatingTally RatingsBySellers { get; set; } = new();
    // Every time, sorted, for exact medians: per mediator only. The desk's would grow with every case the platform
    // ever mediated and be rewritten with each page; it keeps the counts.
    public ResponseTimes TimesToClaim { get; set; } = new();
    public ResponseTimes TimesToDecision { get; set; } = new();
    public Instant? LastEventAt { get; set; }

    // A team's record: its members' counts added up, and their times merged, so the team's medians are exact too.
    public static MediatorStatistics Combine(string team, IEnumerable<MediatorStatistics> members)
    {
        var sum = new MediatorStatistics { Id = TeamPrefix + team };
        foreach (var m in members)
        {
            sum.Claimed += m.Claimed;
            sum.Released += m.Released;
            sum.Decisions += m.Decisions;
            foreach (var (kind, n) in m.DecisionsByKind)
                sum.DecisionsByKind[kind] = sum.DecisionsByKind.GetValueOrDefault(kind) + n;
            sum.SlaBreaches += m.SlaBreaches;
            sum.Appealed += m.Appealed;
            sum.Upheld += m.Upheld;
            sum.Overturned += m.Overturned;
            sum.RatingsByBuyers.Add(m.RatingsByBuyers);
            sum.RatingsBySellers.Add(m.RatingsBySellers);
            foreach (var time in m.TimesToClaim.Sorted)
                sum.TimesToClaim.Add(time);
            foreach (var time in m.TimesToDecision.Sorted)
                sum.TimesToDecision.Add(time);
            if (m.LastEventAt > sum.LastEventAt || sum.LastEventAt is null)
                sum.LastEventAt = m.LastEventAt;
        }
        return sum;
    }

    // Not "Apply": Marten would take it for a convention method of the projection.
    public void Count(MediationFact fact)
    {
        switch (fact.Kind)
        {
            case MediationFactKind.Claimed:
                Claimed++;
                if (fact.Elapsed is { } wait && Id != Desk) TimesToClaim.Add(wait);
                break;
            case MediationFactKind.Released: Released++; break;
            case MediationFactKind.Decided:
                Decisions++;
                DecisionsByKind[fact.Decision!.Value] = DecisionsByKind.GetValueOrDefault(fact.Decision.Value) + 1;
                if (fact.Elapsed is { } work && Id != Desk) TimesToDecision.Add(work);
                break;
            case MediationFactKind.SlaBreached: SlaBreaches++; break;
            case MediationFactKind.Appealed: Appealed++; break;
            case MediationFactKind.Upheld: Upheld++; break;
            case MediationFactKind.Overturned: Overturned++; break;
            case MediationFactKind.Rated:
                (fact.RatedBy == Party.Buyer ? RatingsByBuyers : RatingsBySellers).Add(fact.Score!.Value);
                break;
        }
        LastEventAt = fact.At;
    }
}
