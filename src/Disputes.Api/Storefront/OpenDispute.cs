using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using Mediator;
using NodaTime;

namespace Disputes.Api.Storefront;

// POST /disputes — the buyer opens a dispute on an order. A client-chosen disputeId makes a retried
// request idempotent: the same body again is a repeat (200, nothing appended), a different one a conflict.
public sealed record OpenDisputeRequest(
    string? OrderId,
    string? BuyerId,
    string? SellerId,
    DisputeReason? Reason,
    MoneyInput? AmountPaid,
    Remedy? RequestedRemedy,
    Instant? ProtectionEndsAt,
    string? Description,
    MoneyInput? RequestedRefund = null,
    Guid? DisputeId = null,
    string? ReopenReason = null,
    string? Language = null) : IDisputeCommandRequest, IRequestBody
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("orderId", OrderId);
        errors.Required("buyerId", BuyerId);
        errors.Required("sellerId", SellerId);
        errors.Required("reason", Reason);
        errors.Required("requestedRemedy", RequestedRemedy);
        errors.Required("protectionEndsAt", ProtectionEndsAt);
        errors.Required("description", Description);
        if (errors.Required("amountPaid", AmountPaid))
            AmountPaid.Validate(errors, "amountPaid");
        RequestedRefund?.Validate(errors, "requestedRefund");
        errors.LanguageTag("language", Language);
    }

    // Until auth (issue 4) the body's buyer is the acting party.
    public IDisputeCommand ToCommand() => new OpenDispute(
        DisputeId ?? throw new InvalidOperationException("The endpoint mints the id."),
        OrderId!, BuyerId!, SellerId!, Reason!.Value, Description!, AmountPaid!.ToMoney(), RequestedRemedy!.Value,
        RequestedRefund?.ToMoney(), ProtectionEndsAt!.Value, Actor.Buyer(BuyerId!), ReopenReason,
        Language: Language is null ? null : LanguageTag.Parse(Language));
}

public sealed class OpenDisputeHandler(DisputeWriter writer) : DisputeCommandHandler<OpenDisputeRequest>(writer);

public static class OpenDisputeEndpoint
{
    public static void MapOpenDispute(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("OpenDispute")
            .WithSummary("Open a dispute on an order (as its buyer)")
            .WithDescription("disputeId is optional: send one you minted to make a retried opening a repeat (the same body again answers "
                + "200 and appends nothing). There is no version yet to match, so If-Match is refused with a 400; retry safely with "
                + "Idempotency-Key or your own disputeId instead. An order whose earlier dispute closed is disputed again only as the "
                + "policy's reopening rule allows (422 reopening-not-allowed otherwise); reopenReason says why, and is required where the rule asks. "
                + "language is the case's BCP-47 tag (en, ru, pt-BR; case-normalised), en when omitted: escalations go to mediators who work in it.")
            // Not conditional: a 412 would name a dispute that does not exist, and an ignored If-Match would let the
            // client believe its write was conditional. Refusing the header says both at once.
            .AsDisputeCommand(StatusCodes.Status201Created, conditional: false);

    public static async Task<IResult> Handle(OpenDisputeRequest request, ISender sender, CommandResponses responses, CancellationToken ct) =>
        // Ids come from the edge: minted here unless the client chose one (STYLE 12).
        responses.Result(await sender.Send(request with { DisputeId = request.DisputeId ?? Guid.CreateVersion7() }, ct));
}
