using Weasel.Postgresql.Tables;

namespace Disputes.Projections.Webhooks;

public static class WebhookTables
{
    public static IReadOnlyList<Table> Define(string schema) =>
        [WebhookSubscriptionTable.Define(schema), WebhookOutboxTable.Define(schema)];
}
