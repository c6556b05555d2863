using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Disputes.Projections;

public static class DisputeListSchema
{
    private const string Table = "mt_doc_disputelistitem";

    public static void Configure(StoreOptions opts)
    {
        // The rows are written by DisputeProjection's side effect, from the document it has just folded.
        opts.Events.EnableSideEffectsOnInlineProjections = true;

        // Columns for what lists filter and keyset-sort on; status, reason and the like stay in the JSON since
        // they only narrow rows a leading column already found. (Duplicate also adds a one-column index each.)
        opts.Schema.For<DisputeListItem>()
            .Duplicate(x => x.BuyerId)
            .Duplicate(x => x.SellerId)
            .Duplicate(x => x.OrderId)
            .Duplicate(x => x.OpenedAtTicks)
            .Duplicate(x => x.InMediation, configure: InMediation)
            .Duplicate(x => x.Assigned, configure: InMediation)
            .Duplicate(x => x.MediatorId, configure: InMediation)
            .Duplicate(x => x.SlaDueTicks, configure: InMediation)
            // A storefront lists for a party or an order, newest first: each walks its own index in keyset order.
            .Index([x => x.BuyerId, x => x.OpenedAtTicks, x => x.Id], i => i.Name = $"{Table}_buyer_opened")
            .Index([x => x.SellerId, x => x.OpenedAtTicks, x => x.Id], i => i.Name = $"{Table}_seller_opened")
            .Index([x => x.OrderId, x => x.OpenedAtTicks, x => x.Id], i => i.Name = $"{Table}_order_opened")
            // The mediator queue (unassigned first, then SLA due) and "assigned to me", over mediation rows only.
            .Index([x => x.Assigned, x => x.SlaDueTicks!, x => x.Id], i => InMediation(i, $"{Table}_queue"))
            .Index([x => x.MediatorId!, x => x.SlaDueTicks!, x => x.Id], i => InMediation(i, $"{Table}_mediator_queue"));
    }

    // The duplicated columns as a rebuild copies them in (RebuiltDisputeRows), one for each Duplicate above; a column
    // added there and missing here is a null column in rebuilt rows, which RebuiltRows (integration) catches.
    public static readonly string[] DuplicatedColumns =
        ["buyer_id", "seller_id", "order_id", "opened_at_ticks", "in_mediation", "assigned", "mediator_id", "sla_due_ticks"];

    public static void WriteDuplicated(NpgsqlBinaryImporter row, DisputeListItem item)
    {
        row.Write(item.BuyerId, NpgsqlDbType.Varchar);
        row.Write(item.SellerId, NpgsqlDbType.Varchar);
        row.Write(item.OrderId, NpgsqlDbType.Varchar);
        row.Write(item.OpenedAtTicks, NpgsqlDbType.Bigint);
        row.Write(item.InMediation, NpgsqlDbType.Boolean);
        row.Write(item.Assigned, NpgsqlDbType.Boolean);
        if (item.MediatorId is { } mediator)
            row.Write(mediator, NpgsqlDbType.Varchar);
        else
            row.WriteNull();
        if (item.SlaDueTicks is { } sla)
            row.Write(sla, NpgsqlDbType.Bigint);
        else
            row.WriteNull();
    }

    private static void InMediation(Marten.Schema.DocumentIndex index) => index.Predicate = "in_mediation";

    private static void InMediation(Marten.Schema.ComputedIndex index, string name)
    {
        index.Name = name;
        index.Predicate = "in_mediation";
    }
}
