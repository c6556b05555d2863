using Weasel.Postgresql.Tables;

namespace Disputes.Webhooks.Outbox;

public static class WebhookTables
{
    public static IReadOnlyList<Table> Define(string schema) =>
        [WebhookSubscriptionTable.Define(schema), WebhookOutboxTable.Define(schema)];
}
