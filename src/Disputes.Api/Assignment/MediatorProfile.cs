using Disputes.Domain;
using NodaTime;

namespace Disputes.Api.Assignment;

// What the desk knows of one mediator (Id: the token subject they act as): the cases they may take and when. Managed
// by admins (PUT /admin/mediators/{id}); a Marten document, with every version kept as a MediatorProfileRevision.
public sealed class MediatorProfile
{
    public string Id { get; set; } = "";
    public List<LanguageTag> Languages { get; set; } = [];
    public List<DisputeReason> Reasons { get; set; } = [];

    // The largest amount paid (minor units) of a case they may take, per ISO 4217 currency; a currency not listed is
    // not theirs. Per currency rather than in one policy currency: the engine converts nothing (it never moves money).
    // A list, not a dictionary: the store's JSON camel-cases dictionary keys ("EUR" would be stored as "eUR").
    public List<AmountLimit> AmountLimits { get; set; } = [];

    public long? LimitFor(string currency) => AmountLimits.FirstOrDefault(l => l.Currency == currency)?.Amount;

    // Cases held at once (under mediation or awaiting evidence).
    public int Capacity { get; set; }
    public MediationCalendar WorkingHours { get; set; } = MediationCalendar.Default;
    public bool Active { get; set; }

    // The team the mediator works in (a desk's own name, e.g. "ru-night"); null: none. Team statistics add up the
    // records of its members as they are now.
    public string? Team { get; set; }

    // Counts the versions of this profile; the ETag of its reads.
    public long Revision { get; set; }
    public Instant UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public sealed record AmountLimit(string Currency, long Amount);

// One stored version of a profile, appended with every change (never updated): who changed a mediator's languages,
// limits or hours, and when, stays answerable after the profile moved on. Assignments themselves are events.
public sealed class MediatorProfileRevision
{
    public string Id { get; set; } = "";
    public string MediatorId { get; set; } = "";
    public long Revision { get; set; }
    public MediatorProfile Profile { get; set; } = new();
}
