using System.Globalization;
using NodaTime.Text;

namespace Disputes.Audit.WhatIf;

// One line per diverged (or unreplayable) dispute, for a spreadsheet: RFC 4180 quoting, amounts in minor units.
public static class WhatIfCsv
{
    public const string Header = "disputeId,reason,sellerId,openedAt,divergence,version,eventType,at,storedOutcome,candidateOutcome,currency,storedRefund,candidateRefund,instead,message";

    public static async Task Write(IEnumerable<DisputeDivergenceView> rows, TextWriter output, CancellationToken ct)
    {
        await output.WriteLineAsync(Header.AsMemory(), ct);
        foreach (var r in rows)
            await output.WriteLineAsync(Line(r).AsMemory(), ct);
    }

    public static string Line(DisputeDivergenceView r) => string.Join(',',
        r.DisputeId.ToString(), r.Reason.ToString(), Quote(r.SellerId), InstantPattern.ExtendedIso.Format(r.OpenedAt),
        r.Kind?.ToString() ?? "Unreplayable", r.Version?.ToString(CultureInfo.InvariantCulture) ?? "", Quote(r.EventType ?? ""),
        r.At is { } at ? InstantPattern.ExtendedIso.Format(at) : "", r.StoredOutcome, r.CandidateOutcome, Quote(r.StoredRefund.Currency),
        r.StoredRefund.Amount.ToString(CultureInfo.InvariantCulture), r.CandidateRefund.Amount.ToString(CultureInfo.InvariantCulture),
        Quote(string.Join(' ', r.Instead)), Quote(r.Message));

    // A field with a comma, quote or line break is quoted, its quotes doubled; a leading = + - @ is prefixed with '
    // so a spreadsheet never runs a seller id as a formula.
    private static string Quote(string field)
    {
        if (field.Length > 0 && "=+-@".Contains(field[0]))
            field = "'" + field;
        return field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }
}
