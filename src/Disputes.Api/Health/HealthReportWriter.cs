using System.Text.Json;
using Disputes.Projections.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Disputes.Api.Health;

// The report as JSON with each check's description and data (lag figures), for operators and monitors; the
// plain "Healthy" text of the default writer says nothing about how far behind anything is.
public static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = DisputesJson.Configure(new JsonSerializerOptions { WriteIndented = true });

    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
