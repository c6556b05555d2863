using System.Text.Json.Serialization;
using NodaTime;

namespace Disputes.Domain;

// The whole policy in force today travels with the dispute, so every later verdict, replay and audit applies
// the rules of that day wherever the stream is read, whatever the configuration says by then.
// Language is as the buyer sent it: null (omitted, and every opening stored before languages) reads as
// LanguageTag.Default, so a replay of an old opening decides the very same event; left out of the JSON when null, an
// opening without one is stored byte for byte as every opening was before languages.
public sealed record DisputeOpened(
    Guid DisputeId,
    string OrderId,
    string BuyerId,
    string SellerId,
    DisputeReason Reason,
    string Description,
    Money AmountPaid,
    Remedy RequestedRemedy,
    Money RequestedRefund,
    Instant ProtectionEndsAt,
    DisputePolicy Policy,
    Actor By,
    Instant At,
    EarlierDispute? Reopens = null,
    string? ReopenReason = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LanguageTag? Language = null) : IDisputeEvent
{
    public string PolicyVersion => Policy.Version;
}
