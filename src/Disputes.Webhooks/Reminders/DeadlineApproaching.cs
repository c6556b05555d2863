using System.Security.Cryptography;
using System.Text;
using Disputes.Domain;
using NodaTime;

namespace Disputes.Webhooks.Reminders;

// The data of a DeadlineApproaching notification: which clock of which dispute falls due when, who must act, and that
// instant as the recipient reads it. A notification, not a dispute event: it records nothing about the case (the
// clock's DeadlineScheduled already does), so it never enters the audited stream, and replaying a stream never sends
// one. At is the reminder's own instant (due instant minus lead time), so every attempt at it sends the same bytes.
public sealed record DeadlineApproaching(
    Guid DisputeId, DeadlineKind Kind, string Rule, string LeadTime, Instant DueAt, Actor Recipient, LocalDueRendering Local, Instant At)
{
    public const string Type = nameof(DeadlineApproaching);

    // One per (clock run, lead time, recipient), the same whichever instance or attempt computes it: the outbox keeps
    // one row per subscription and id, so a reminder cannot be queued twice for a subscriber.
    public static Guid IdFor(Guid disputeId, DeadlineKind kind, long dueNs, long leadNs, Actor recipient)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Type}|{disputeId}|{kind}|{dueNs}|{leadNs}|{recipient.Kind}:{recipient.Id}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: a name-based id of our own
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes);
    }
}

// The due instant in the recipient's zone (with the offset in force then), the reminder's own instant likewise (so a
// DST change between the two shows), and the sentence in the language actually used.
public sealed record LocalDueRendering(string TimeZone, OffsetDateTime DueAt, string Offset, OffsetDateTime RemindAt, LanguageTag Language, string Text)
{
    public static LocalDueRendering Of(Instant dueAt, Instant remindAt, DateTimeZone zone, LanguageTag language)
    {
        var due = DueRendering.Render(dueAt, zone, language);
        return new(due.TimeZone, due.Local, due.Offset, remindAt.InZone(zone).ToOffsetDateTime(), due.Language, due.Text);
    }
}
