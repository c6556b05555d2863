using Disputes.Domain;
using NodaTime;

namespace Disputes.Projections.Views;

// Builds DisputeView under the policy recorded on the dispute, as of now: deadlines and allowed actions
// change with the clock even when the stream does not.
public sealed class DisputeViews(IClock clock)
{
    public DisputeView For(Dispute d, long version) => For(d, version, clock.GetCurrentInstant());

    // As of another instant: an auditor's "what could each party do then" (deadlines already passed by
    // then close their actions, later ones do not).
    public DisputeView For(Dispute d, long version, Instant asOf)
    {
        var policy = d.Policy;
        var actions = AllowedActions.For(d, asOf, policy);
        return new DisputeView(
            d.Id, version, d.OrderId, d.BuyerId, d.SellerId, d.Reason, d.Description,
            MoneyView.From(d.AmountPaid), d.RequestedRemedy, MoneyView.From(d.RequestedRefund),
            d.ProtectionEndsAt, d.PolicyVersion, d.OpenedAt, d.Status, d.Outcome, MoneyView.From(d.Refunded), RefundView.From(d),
            d.PendingOffer is { } offer ? new PendingOfferView(offer.Kind, MoneyView.From(offer.RefundAmount), offer.MadeAt, offer.ProposedBy, offer.Terms) : null,
            d.MediatorId,
            d.Deadlines.Values.OrderBy(x => x.DueAt).ThenBy(x => x.Kind)
                .Select(x => new DeadlineView(x.Kind, x.DueAt, x.Rule, DeadlineRules.Of(x.Kind).Consequence(policy)))
                .ToList(),
            new AllowedActionsView(Map(actions.Buyer), Map(actions.Seller), Map(actions.Mediator), Map(actions.Platform)),
            d.EvidenceRequest is { } request ? new EvidenceRequestView(request.From, request.Description, request.RequestedAt, request.Required) : null,
            DisputePolicy.ChecklistFor(d.Reason),
            d.Proposals,
            d.Return is { } r ? ReturnView.From(r) : null,
            d.Replacement,
            d.PendingExtension is { } x ? new ExtensionRequestView(x.Kind, x.Length, x.Reason, x.RequestedBy, x.RequestedAt) : null,
            d.Reopens,
            d.ReopenReason,
            d.Ratings,
            d.Language.Value);
    }

    private static List<ActionView> Map(IReadOnlyList<ActionOption> options) =>
        options.Select(ActionView.From).ToList();
}
