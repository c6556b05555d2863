using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

namespace Disputes.Domain;

// Working hours in one time zone. Each local working day has one window [DayStart, DayEnd); when
// DayEnd <= DayStart the window ends on the next local day (DayStart == DayEnd is a 24-hour window),
// and a window belongs to the date it starts on when WorkingDays filters days out.
// Clocks count elapsed time inside windows, so DST makes a window an hour shorter or longer.
public sealed partial record MediationCalendar(string TimeZoneId, LocalTime DayStart, LocalTime DayEnd)
{
    private static readonly FrozenSet<IsoDayOfWeek> EveryDay =
        Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToFrozenSet();

    public static MediationCalendar Default { get; } =
        new("Europe/Moscow", new LocalTime(7, 0), new LocalTime(1, 0));

    public string TimeZoneId
    {
        get;
        init
        {
            field = value;
            zone = ResolveZone(value);
        }
    } = TimeZoneId;

    private readonly DateTimeZone zone = ResolveZone(TimeZoneId);

    [JsonConverter(typeof(WorkingDaysJsonConverter))]
    public IReadOnlySet<IsoDayOfWeek> WorkingDays
    {
        get;
        init => field = ValidateDays(value);
    } = EveryDay;

    // Derived from TimeZoneId; kept out of JSON so a serialized policy shows only what configures it.
    [JsonIgnore]
    public DateTimeZone Zone => zone;

    [JsonIgnore]
    public Duration NominalDayLength
    {
        get
        {
            var length = DayEnd.NanosecondOfDay - DayStart.NanosecondOfDay;
            return Duration.FromNanoseconds(length > 0 ? length : length + NodaConstants.NanosecondsPerDay);
        }
    }

    public static bool TryCreate(
        string? timeZoneId,
        LocalTime dayStart,
        LocalTime dayEnd,
        [NotNullWhen(true)] out MediationCalendar? calendar)
    {
        calendar = timeZoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is not null
            ? new MediationCalendar(timeZoneId, dayStart, dayEnd)
            : null;
        return calendar is not null;
    }

    public bool Equals(MediationCalendar? other) =>
        other is not null
        && TimeZoneId == other.TimeZoneId
        && DayStart == other.DayStart
        && DayEnd == other.DayEnd
        && WorkingDays.SetEquals(other.WorkingDays);

    public override int GetHashCode() => HashCode.Combine(TimeZoneId, DayStart, DayEnd, WorkingDays.Count);

    private static DateTimeZone ResolveZone(string? timeZoneId) =>
        (timeZoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId))
        ?? throw new ArgumentException(
            $"Unknown time zone id '{timeZoneId}'; expected an IANA (TZDB) id such as 'Europe/Moscow'.",
            nameof(TimeZoneId));

    private static FrozenSet<IsoDayOfWeek> ValidateDays(IReadOnlySet<IsoDayOfWeek>? days)
    {
        ArgumentNullException.ThrowIfNull(days, nameof(WorkingDays));
        if (days.Count == 0)
            throw new ArgumentException("A mediation calendar needs at least one working day.", nameof(WorkingDays));
        if (days.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday))
            throw new ArgumentException("Working days must be Monday..Sunday.", nameof(WorkingDays));
        return days.ToFrozenSet();
    }
}
