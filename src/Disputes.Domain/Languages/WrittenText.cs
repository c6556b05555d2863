using System.Text.Json.Serialization;

namespace Disputes.Domain;

// A command carrying free text its author wrote (a message, a note, a reason, a rationale, an evidence description),
// and the language it is written in. Null: not stated (a command rebuilt from events stored before languages were
// recorded); the API always states one (the request's, else English).
public abstract record WrittenCommand
{
    public LanguageTag? Language { get; init; }
}

// An event holding such a text, with the language its author wrote it in. Null on events stored before languages were
// recorded and on texts the engine composes itself ("The seller did not respond in time.", "Appeal: …"), which are
// English; never written as null, so those events keep the exact JSON they always had.
public abstract record WrittenEvent
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LanguageTag? Language { get; init; }
}
