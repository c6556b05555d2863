namespace Disputes.Reliability;

// How long the suite waits for something that must happen eventually (an API to be ready, a deadline to fire, a
// notification to arrive). Waits end as soon as the condition holds, so this bound costs nothing on a healthy run;
// it only turns a hang into a finding. Generous, because CI is a shared, busy 2-core machine and no verdict may
// depend on how fast it is.
public static class Patience
{
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);
}
