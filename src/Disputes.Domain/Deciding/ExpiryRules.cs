using NodaTime;

namespace Disputes.Domain;

// A clock running out, as the scheduler reports it: what every expiry must pass before the clock's own consequence
// (its entry in DeadlineRules) is appended.
internal static class ExpiryRules
{
    public static Verdict Decide(ExpireDeadline c, Dispute d, Instant now, DisputePolicy policy)
    {
        // Cancelled, replaced or already fired: the scheduler's copy is stale, and that is not an error.
        if (!d.Deadlines.TryGetValue(c.Kind, out var deadline) || deadline.DueAt != c.DueAt)
            return Verdict.Nothing;
        if (now < deadline.DueAt)
            return Verdict.Refuse(Refusal.Violated("deadline-not-due", $"The {c.Kind} deadline falls due at {deadline.DueAt}, not yet."));

        var permission = DisputeMachine.For(d, now, policy).Check(c.Action, c.By);
        if (!permission.Allowed)
            return Verdict.Refuse(new Refusal(permission.Kind, DisputeDecider.RuleName(permission.Kind), permission.Reason, []));

        IDisputeEvent[] expired = [new DeadlineExpired(d.Id, c.Kind, c.DueAt, c.By, now), .. DeadlineRules.Of(c.Kind).Expire(d, c, now, policy)];
        return Verdict.Accept(DisputeDecider.WithDeadlines(d, expired, now, policy));
    }
}
