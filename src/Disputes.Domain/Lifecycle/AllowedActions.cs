using NodaTime;

namespace Disputes.Domain;

// "What may this actor do now", answered by the same machine that enforces it.
public static class AllowedActions
{
    // Stand-ins for "some mediator" while nobody is assigned (any mediator who is not excluded may claim) and for
    // "some platform service" (no rule asks which one reports).
    private const string AnyMediator = "*";
    private const string AnyPlatformService = "*";

    public static PartyActions For(Dispute d, Instant now, DisputePolicy policy)
    {
        var machine = DisputeMachine.For(d, now, policy);
        return new PartyActions(
            Options(machine, Actor.Buyer(d.BuyerId), d),
            Options(machine, Actor.Seller(d.SellerId), d),
            Options(machine, Actor.Mediator(d.MediatorId ?? AnyMediator), d),
            Options(machine, Actor.Platform(AnyPlatformService), d));
    }

    public static IReadOnlyList<ActionOption> For(Dispute d, Actor actor, Instant now, DisputePolicy policy) =>
        Options(DisputeMachine.For(d, now, policy), actor, d);

    private static List<ActionOption> Options(DisputeMachine machine, Actor actor, Dispute d) =>
        machine.PermittedFor(actor).Select(a => new ActionOption(a, Until(a, d))).ToList();

    // The rating window is no clock (a closed dispute runs none) but bounds its action all the same.
    private static Instant? Until(DisputeAction action, Dispute d) => action == DisputeAction.RateResolution
        ? d.ClosedAt + d.Policy.RatingWindow
        : DeadlineRules.BoundingClocks(action).Select(k => d.Deadlines.GetValueOrDefault(k)?.DueAt).Where(due => due is not null).Min();
}
