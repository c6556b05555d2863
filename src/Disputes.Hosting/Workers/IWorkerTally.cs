namespace Disputes.Hosting.Workers;

// What a worker's runs did, in its own terms (deadlines expired, notifications delivered …): one batch's figures and,
// added up, the instance's totals.
public interface IWorkerTally<TSelf> where TSelf : IWorkerTally<TSelf>
{
    static abstract TSelf None { get; }

    TSelf Add(TSelf other);
}
