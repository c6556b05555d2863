
namespace Disputes.Projections;

// At most one open dispute per order, held by the database: the document id is the order id, so a second
// open dispute for the order fails on the primary key in the same transaction as its events.
public sealed class OrderOpenDispute
{
    public string Id { get; set; } = "";
    public Guid DisputeId { get; set; }
}
