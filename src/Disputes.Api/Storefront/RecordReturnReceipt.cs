using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/return/receipt — the seller's finding on the returned item; only AsDescribed releases the refund.
public sealed record RecordReturnReceiptBody(ActingAs? ActingAs, ReceiptOutcome? Outcome, string? Note = null, string? Language = null) : IActingBody;

public sealed record RecordReturnReceiptRequest(Guid DisputeId, RecordReturnReceiptBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("outcome", Body.Outcome);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.RecordReturnReceipt(DisputeId, Body!.Outcome!.Value, Body.Note ?? "", Body.ActingAs!.ToActor());
}

public sealed class RecordReturnReceiptHandler(DisputeWriter writer) : DisputeCommandHandler<RecordReturnReceiptRequest>(writer);

public static class RecordReturnReceiptEndpoint
{
    public static void MapRecordReturnReceipt(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RecordReturnReceiptBody>("/{disputeId:guid}/return/receipt", (id, body, _) => new RecordReturnReceiptRequest(id, body))
            .WithName("RecordReturnReceipt")
            .WithSummary("Record what the returned parcel held (as the seller): as described refunds, anything else goes to mediation");
}
