using System.Text.Json;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Hosting.Tools;
using Disputes.Projections.Store;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Disputes.Audit.WhatIf;

// `policy what-if --candidate file.json`: the what-if run in the foreground, for an operator or a scheduled job.
// Progress goes to standard error, the report (JSON) to --out or standard output, every diverged dispute to --csv.
public sealed class WhatIfVerb : IToolVerb
{
    private static readonly JsonSerializerOptions Json = new(DisputesJson.Configure(new JsonSerializerOptions())) { WriteIndented = true };

    public string Group => "policy";
    public string Name => "what-if";
    public string Usage => "--candidate file.json [--opened-from instant] [--opened-to instant] [--reason reason] [--seller id] [--csv file] [--out file]";
    public string Summary => "Replay stored disputes under a candidate policy (Disputes:Policy keys in a JSON file) and report what would change. Read-only.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0, "candidate", "opened-from", "opened-to", "reason", "seller", "csv", "out");
        var request = Request(args);
        try
        {
            request.ThrowIfInvalid();
        }
        catch (RequestValidationException e)
        {
            throw new ToolUsageException(string.Join(" ", e.Errors.SelectMany(kv => kv.Value.Select(v => $"{kv.Key}: {v}"))));
        }

        var asOf = services.GetRequiredService<IClock>().GetCurrentInstant();
        await using var csv = args.Option("csv") is { } csvPath ? new StreamWriter(csvPath) : null;
        if (csv is not null)
            await csv.WriteLineAsync(WhatIfCsv.Header);

        var report = await WhatIfRunner.Run(services.GetRequiredService<IDocumentStore>(), request, asOf,
            r =>
            {
                if (csv is not null && (r.Diverged || r.Unreplayable is not null))
                    csv.WriteLine(WhatIfCsv.Line(DisputeDivergenceView.From(r)));
            },
            p => Console.Error.WriteLine($"what-if: {p.StreamsRead} streams read, {p.Replayed} disputes replayed, {p.Diverged} diverge"),
            ct);

        var json = JsonSerializer.Serialize(WhatIfReportView.From(report), Json);
        if (args.Option("out") is { } outPath)
            await File.WriteAllTextAsync(outPath, json + Environment.NewLine, ct);
        else
            await output.WriteLineAsync(json);
        await Console.Error.WriteLineAsync($"what-if: {report.Disputes} disputes replayed, {report.Diverged} diverge, {report.Unreplayable} unreplayable.");
        return 0;
    }

    private static WhatIfRequest Request(ToolArguments args)
    {
        var path = args.Option("candidate") ?? throw new ToolUsageException("--candidate file.json is required (Disputes:Policy keys, e.g. {\"sellerResponse\": \"P3D\"}).");
        PolicySettings? candidate;
        try
        {
            candidate = JsonSerializer.Deserialize<PolicySettings>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new ToolUsageException($"--candidate {path}: {e.Message}");
        }

        return new WhatIfRequest(candidate, InstantOption(args, "opened-from"), InstantOption(args, "opened-to"),
            args.Option("reason") is { } reason
                ? Enum.TryParse<DisputeReason>(reason, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r
                    : throw new ToolUsageException($"--reason {reason}: one of {string.Join(", ", Enum.GetNames<DisputeReason>())}.")
                : null,
            args.Option("seller"));
    }

    private static Instant? InstantOption(ToolArguments args, string name) =>
        args.Option(name) is not { } text ? null
        : InstantPattern.ExtendedIso.Parse(text) is { Success: true } parsed ? parsed.Value
        : throw new ToolUsageException($"--{name} {text}: an ISO-8601 instant such as 2026-11-01T00:00:00Z.");
}
