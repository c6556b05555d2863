using NodaTime;
using NodaTime.Text;

namespace Disputes.Domain;

public sealed partial record DisputePolicy
{
    private static readonly LocalTimePattern HoursMinutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    // Blank settings take the basis's value: the default policy of their version label when configuring, a dispute's
    // own policy when a candidate change is replayed over it (what-if).
    public static DisputePolicy FromSettings(PolicySettings settings, DisputePolicy? basis = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var version = Blank(settings.Version) ? basis?.Version ?? DefaultVersion : settings.Version!.Trim();
        // Settings under the single-offer label fill their gaps with that policy's rules, not today's.
        var d = basis ?? (version == SingleOfferVersion ? SingleOffer : Default);
        var calendar = CalendarFrom(settings, d.Calendar);

        var policy = new DisputePolicy
        {
            Version = version,
            SellerResponse = ParseDuration(nameof(settings.SellerResponse), settings.SellerResponse, d.SellerResponse),
            OnSellerSilence = ParseName(nameof(settings.OnSellerSilence), settings.OnSellerSilence, d.OnSellerSilence),
            BuyerReplyToOffer = ParseDuration(nameof(settings.BuyerReplyToOffer), settings.BuyerReplyToOffer, d.BuyerReplyToOffer),
            NegotiationLimit = ParseDuration(nameof(settings.NegotiationLimit), settings.NegotiationLimit, d.NegotiationLimit),
            EvidenceResponse = ParseDuration(nameof(settings.EvidenceResponse), settings.EvidenceResponse, d.EvidenceResponse),
            // The default SLA follows the configured calendar: seven of its working days.
            MediatorDecisionSla = ParseDuration(
                nameof(settings.MediatorDecisionSla), settings.MediatorDecisionSla, basis?.MediatorDecisionSla ?? MediatorSlaFor(calendar)),
            ReturnShipment = ParseDuration(nameof(settings.ReturnShipment), settings.ReturnShipment, d.ReturnShipment),
            ReturnConfirmation = ParseDuration(nameof(settings.ReturnConfirmation), settings.ReturnConfirmation, d.ReturnConfirmation),
            AppealWindow = ParseDuration(nameof(settings.AppealWindow), settings.AppealWindow, d.AppealWindow),
            RatingWindow = ParseDuration(nameof(settings.RatingWindow), settings.RatingWindow, d.RatingWindow),
            Calendar = calendar,
            MaxEvidenceItems = settings.MaxEvidenceItems ?? d.MaxEvidenceItems,
            MaxEvidenceBytes = settings.MaxEvidenceBytes ?? d.MaxEvidenceBytes,
            MaxTextLength = settings.MaxTextLength ?? d.MaxTextLength,
            AllowHttpEvidence = settings.AllowHttpEvidence ?? d.AllowHttpEvidence,
            MaxProposals = settings.MaxProposals ?? d.MaxProposals,
            RejectionEscalates = settings.RejectionEscalates ?? d.RejectionEscalates,
            SellerReplyToOffer = ParseDuration(nameof(settings.SellerReplyToOffer), settings.SellerReplyToOffer, d.SellerReplyToOffer),
            GoodsRemedies = settings.GoodsRemedies ?? d.GoodsRemedies,
            ReplacementShipment = ParseDuration(nameof(settings.ReplacementShipment), settings.ReplacementShipment, d.ReplacementShipment),
            ReplacementConfirmation = ParseDuration(nameof(settings.ReplacementConfirmation), settings.ReplacementConfirmation, d.ReplacementConfirmation),
            MaxExtensions = settings.MaxExtensions ?? d.MaxExtensions,
            MaxExtension = ParseDuration(nameof(settings.MaxExtension), settings.MaxExtension, d.MaxExtension),
            Reopening = ParseName(nameof(settings.Reopening), settings.Reopening, d.Reopening),
            MaxProtectionExtension = ParseDuration(nameof(settings.MaxProtectionExtension), settings.MaxProtectionExtension, d.MaxProtectionExtension),
            ValidateTrackingNumbers = settings.ValidateTrackingNumbers ?? d.ValidateTrackingNumbers,
            MaxAmount = new AmountLimits
            {
                AllCurrencies = settings.MaxAmount ?? d.MaxAmount.AllCurrencies,
                ByCurrency = settings.MaxAmountByCurrency is null && basis is not null
                    ? basis.MaxAmount.ByCurrency
                    : [.. (settings.MaxAmountByCurrency ?? []).OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => new Money(b.Value, b.Key))],
            },
        };

        var problems = policy.Validate();
        return problems.Count == 0 ? policy : throw new PolicyConfigurationException(policy.Version, problems);
    }

    private static MediationCalendar CalendarFrom(PolicySettings settings, MediationCalendar d)
    {
        var zoneId = Blank(settings.CalendarTimeZone) ? d.TimeZoneId : settings.CalendarTimeZone!.Trim();
        var start = ParseTime(nameof(settings.CalendarDayStart), settings.CalendarDayStart, d.DayStart);
        var end = ParseTime(nameof(settings.CalendarDayEnd), settings.CalendarDayEnd, d.DayEnd);
        if (!MediationCalendar.TryCreate(zoneId, start, end, out var calendar))
            throw new PolicyConfigurationException(
                nameof(settings.CalendarTimeZone), zoneId, "not a TZDB time zone id (e.g. Europe/Moscow).");

        return Blank(settings.CalendarWorkingDays)
            ? calendar with { WorkingDays = d.WorkingDays }
            : calendar with { WorkingDays = ParseDays(nameof(settings.CalendarWorkingDays), settings.CalendarWorkingDays!) };
    }

    private static Duration ParseDuration(string key, string? value, Duration fallback)
    {
        if (Blank(value))
            return fallback;

        var result = PeriodPattern.NormalizingIso.Parse(value!.Trim());
        if (!result.Success)
            throw new PolicyConfigurationException(key, value, "expected an ISO-8601 duration such as P5D, PT126H or PT30S.");

        // Months and years have no fixed length, so a deadline built from them would depend on the start date.
        var period = result.Value;
        if (period.Years != 0 || period.Months != 0)
            throw new PolicyConfigurationException(key, value, "years and months are not allowed; use days (e.g. P30D).");

        var duration = period.ToDuration();
        return duration > Duration.Zero
            ? duration
            : throw new PolicyConfigurationException(key, value, "a clock must be positive.");
    }

    private static LocalTime ParseTime(string key, string? value, LocalTime fallback)
    {
        if (Blank(value))
            return fallback;

        var trimmed = value!.Trim();
        var result = HoursMinutes.Parse(trimmed);
        if (!result.Success)
            result = LocalTimePattern.ExtendedIso.Parse(trimmed);
        return result.Success
            ? result.Value
            : throw new PolicyConfigurationException(key, value, "expected a local time such as 07:00.");
    }

    private static T ParseName<T>(string key, string? value, T fallback) where T : struct, Enum
    {
        if (Blank(value))
            return fallback;

        // Names only: Enum.TryParse would also take "1" or "7", which says nothing to the next reader.
        var match = Enum.GetValues<T>()
            .Where(c => string.Equals(c.ToString(), value!.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(c => (T?)c)
            .FirstOrDefault();
        return match ?? throw new PolicyConfigurationException(key, value, $"expected one of {string.Join(", ", Enum.GetNames<T>())}.");
    }

    private static HashSet<IsoDayOfWeek> ParseDays(string key, string value)
    {
        var days = new HashSet<IsoDayOfWeek>();
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var day = Enum.GetValues<IsoDayOfWeek>()
                .Where(d => d != IsoDayOfWeek.None && string.Equals(d.ToString(), name, StringComparison.OrdinalIgnoreCase))
                .Select(d => (IsoDayOfWeek?)d)
                .FirstOrDefault();
            days.Add(day ?? throw new PolicyConfigurationException(key, value, $"'{name}' is not a day of the week (e.g. Monday)."));
        }

        return days.Count > 0 ? days : throw new PolicyConfigurationException(key, value, "at least one working day is needed.");
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
