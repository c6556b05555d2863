using NodaTime;

namespace Disputes.Domain;

public sealed record Deadline(DeadlineKind Kind, Instant DueAt, string Rule, string PolicyVersion);
