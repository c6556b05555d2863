namespace Disputes.Domain;

// What each participant may do now. Mediator: the assigned mediator, or any eligible mediator while unassigned.
// Platform: the marketplace on its own behalf (payment backend, carrier tracking, an admin).
public sealed record PartyActions(
    IReadOnlyList<ActionOption> Buyer,
    IReadOnlyList<ActionOption> Seller,
    IReadOnlyList<ActionOption> Mediator,
    IReadOnlyList<ActionOption> Platform);
