using Disputes.Domain;
using Disputes.Projections;
using NodaTime;

namespace Disputes.Api.Assignment;

// Whether one mediator could take one waiting case, and who takes it. Pure: the profiles, the held-case counts and
// the instant are read once per assignment pass. docs/assignment.md has the rules.
public static class MediatorEligibility
{
    // The pool: who could take the case at some hour, whatever their load — the skills and the exclusion alone.
    public static bool Qualifies(MediatorProfile m, DisputeListItem c) =>
        m.Active
        && LanguageTag.TryParse(c.Language, out var language) && m.Languages.Any(l => l.Serves(language))
        && m.Reasons.Contains(c.Reason)
        && m.LimitFor(c.AmountPaid.Currency) is { } limit && c.AmountPaid.Amount <= limit
        && !c.ExcludedMediators.Contains(m.Id);

    // Eligible now: qualified, a free seat, and inside their working hours.
    public static bool EligibleNow(MediatorProfile m, DisputeListItem c, int held, Instant now) =>
        Qualifies(m, c) && held < m.Capacity && m.WorkingHours.IsWorkingTime(now);

    // The most spare capacity wins; ties go to the one holding fewer cases, then to the smaller id (ordinal), so two
    // passes over the same data always choose the same mediator.
    public static MediatorProfile? Choose(IEnumerable<MediatorProfile> profiles, DisputeListItem c, IReadOnlyDictionary<string, int> held, Instant now) =>
        profiles.Where(m => EligibleNow(m, c, Held(held, m), now))
            .OrderByDescending(m => m.Capacity - Held(held, m))
            .ThenBy(m => Held(held, m))
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    public static int Held(IReadOnlyDictionary<string, int> held, MediatorProfile m) => held.GetValueOrDefault(m.Id);
}
