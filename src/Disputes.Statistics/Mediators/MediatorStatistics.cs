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
