namespace Disputes.Domain;

// What each participant may do now. Mediator: the assigned mediator, or any eligible mediator while unassigned.
// Platform: the payment backend and carrier reports the storefront relays.
public sealed record PartyActions(
    IReadOnlyList<ActionOption> Buyer,
    IReadOnlyList<ActionOption> Seller,
    IReadOnlyList<ActionOption> Mediator,
    IReadOnlyList<ActionOption> Platform);
