namespace Disputes.Domain;

// ISO 4217 list one (amendments up to 2025): every active code that has a minor unit.
// Left out on purpose: codes whose minor unit is "N.A." (precious metals XAU/XAG/XPT/XPD, bond-market
// units XBA–XBD, XDR, XSU, XUA, testing XTS, no-currency XXX) — nothing a buyer can pay with — and
// withdrawn codes (HRK 2023, ZWL 2024, SLL, ANG after XCG replaced it in 2025).
// BGN stays while refunds of orders paid before Bulgaria's 2026 euro changeover can still arrive.
// Fund codes that do carry minor units (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW) are kept.
internal static class Iso4217
{
    public static readonly Currency[] Active =
    [
        new("AED", 2), new("AFN", 2), new("ALL", 2), new("AMD", 2), new("AOA", 2), new("ARS", 2),
        new("AUD", 2), new("AWG", 2), new("AZN", 2), new("BAM", 2), new("BBD", 2), new("BDT", 2),
        new("BGN", 2), new("BHD", 3), new("BIF", 0), new("BMD", 2), new("BND", 2), new("BOB", 2),
        new("BOV", 2), new("BRL", 2), new("BSD", 2), new("BTN", 2), new("BWP", 2), new("BYN", 2),
        new("BZD", 2), new("CAD", 2), new("CDF", 2), new("CHE", 2), new("CHF", 2), new("CHW", 2),
        new("CLF", 4), new("CLP", 0), new("CNY", 2), new("COP", 2), new("COU", 2), new("CRC", 2),
        new("CUC", 2), new("CUP", 2), new("CVE", 2), new("CZK", 2), new("DJF", 0), new("DKK", 2),
        new("DOP", 2), new("DZD", 2), new("EGP", 2), new("ERN", 2), new("ETB", 2), new("EUR", 2),
        new("FJD", 2), new("FKP", 2), new("GBP", 2), new("GEL", 2), new("GHS", 2), new("GIP", 2),
        new("GMD", 2), new("GNF", 0), new("GTQ", 2), new("GYD", 2), new("HKD", 2), new("HNL", 2),
        new("HTG", 2), new("HUF", 2), new("IDR", 2), new("ILS", 2), new("INR", 2), new("IQD", 3),
        new("IRR", 2), new("ISK", 0), new("JMD", 2), new("JOD", 3), new("JPY", 0), new("KES", 2),
        new("KGS", 2), new("KHR", 2), new("KMF", 0), new("KPW", 2), new("KRW", 0), new("KWD", 3),
        new("KYD", 2), new("KZT", 2), new("LAK", 2), new("LBP", 2), new("LKR", 2), new("LRD", 2),
        new("LSL", 2), new("LYD", 3), new("MAD", 2), new("MDL", 2), new("MGA", 2), new("MKD", 2),
        new("MMK", 2), new("MNT", 2), new("MOP", 2), new("MRU", 2), new("MUR", 2), new("MVR", 2),
        new("MWK", 2), new("MXN", 2), new("MXV", 2), new("MYR", 2), new("MZN", 2), new("NAD", 2),
        new("NGN", 2), new("NIO", 2), new("NOK", 2), new("NPR", 2), new("NZD", 2), new("OMR", 3),
        new("PAB", 2), new("PEN", 2), new("PGK", 2), new("PHP", 2), new("PKR", 2), new("PLN", 2),
        new("PYG", 0), new("QAR", 2), new("RON", 2), new("RSD", 2), new("RUB", 2), new("RWF", 0),
        new("SAR", 2), new("SBD", 2), new("SCR", 2), new("SDG", 2), new("SEK", 2), new("SGD", 2),
        new("SHP", 2), new("SLE", 2), new("SOS", 2), new("SRD", 2), new("SSP", 2), new("STN", 2),
        new("SVC", 2), new("SYP", 2), new("SZL", 2), new("THB", 2), new("TJS", 2), new("TMT", 2),
        new("TND", 3), new("TOP", 2), new("TRY", 2), new("TTD", 2), new("TWD", 2), new("TZS", 2),
        new("UAH", 2), new("UGX", 0), new("USD", 2), new("USN", 2), new("UYI", 0), new("UYU", 2),
        new("UYW", 4), new("UZS", 2), new("VED", 2), new("VES", 2), new("VND", 0), new("VUV", 0),
        new("WST", 2), new("XAF", 0), new("XCD", 2), new("XCG", 2), new("XOF", 0), new("XPF", 0),
        new("YER", 2), new("ZAR", 2), new("ZMW", 2), new("ZWG", 2),
    ];
}
