using Disputes.Api.Assignment;
using Disputes.Api.Bench;
using Disputes.Api.Composition;
using Disputes.Api.Configuration;
using Disputes.Api.Docs;
using Disputes.Api.Uploads;
using Disputes.Api.Health;
using Disputes.Api.Limits;
using Disputes.Api.Mediation;
using Disputes.Api.Preferences;
using Disputes.Api.Storefront;
using Disputes.Api.Telemetry;
using Disputes.Api.Tools;
using Disputes.Api.WebConsole;
using Disputes.Audit;
using Disputes.Deadlines;
using Disputes.EvidenceFiles;
using Disputes.Statistics;
using Disputes.Webhooks;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(ToolVerbs.HostArguments(args)));
if (ToolVerbs.Requested(args))
    ToolLogging.Configure(builder.Logging);
else
    builder.AddDisputesTelemetry();
builder.Services
    .AddDisputesConfiguration()
    .AddDisputesStore()
    .AddDisputesApplication()
    .AddDisputesHttp()
    .AddDisputesAuth()
    .AddDisputesLimits()
    .AddDisputesConsole()
    .AddDisputesBenchControl(builder.Configuration)
    .AddHostToolVerbs()
    // The feature modules: each brings its tables and projections, background work, settings, health and endpoints.
    .AddDeadlines()
    .AddWebhooks()
    .AddAudit()
    .AddStatistics()
    .AddEvidenceFiles()
    .AddEvidenceUploads()
    .AddAssignment();

var app = builder.Build();
if (ToolVerbs.Requested(args))
    return await ToolVerbs.Run(app.Services, args);
if (await StartupFailure.Check(app.Services) is { } refusal)
    return StartupFailure.Report(refusal);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseDisputesLimits();
app.UseAuthorization();
app.MapHealth();
app.MapDocs();
app.MapStorefront();
app.MapMediatorCommands();
app.MapMediation();
app.MapPreferences();
app.MapBenchControl(app.Configuration);
app.MapConsole();
app.MapDeadlines();
app.MapWebhooks();
app.MapAudit();
app.MapStatistics();
app.MapEvidenceFiles();
app.MapEvidenceUploads();
app.MapAssignment();
try
{
    await app.RunAsync();
}
catch (Exception e) when (StartupFailure.Explain(e) is { } message)
{
    return StartupFailure.Report(message);
}
return 0;

public partial class Program;
