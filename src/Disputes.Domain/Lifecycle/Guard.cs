namespace Disputes.Domain;

// A named condition on a transition. The description is what a refusal quotes and what the
// Mermaid diagram prints; Kind says which refusal an unmet guard becomes.
public sealed record Guard(string Description, RefusalKind Kind, Func<Actor, bool> Check)
{
    public Tuple<Func<Actor, bool>, string> ForStateless() => Tuple.Create(Check, Description);
}
