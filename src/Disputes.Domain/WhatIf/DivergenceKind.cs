namespace Disputes.Domain;

// Why a replay under a candidate policy stopped following the stored history.
public enum DivergenceKind
{
    // A candidate clock runs out before the next recorded step, where the stored history's did not: its
    // consequence happens instead (the candidate's silence rule refunds the buyer, say).
    ClockFiredInstead,
    // A recorded expiry would not have happened: under the candidate that clock is not due yet, or not running.
    ExpiryRemoved,
    // A recorded action is refused under the candidate's rules.
    ActionRefused,
    // The same step leads somewhere else (another status or outcome), e.g. a different silence consequence.
    ConsequenceDiffers,
}
