using Disputes.Api.Audit;
using Disputes.Api.Checkpoints;
using Disputes.Api.Bench;
using Disputes.Api.Configuration;
using Disputes.Api.Diagnostics;
using Disputes.Api.Docs;
using Disputes.Api.Health;
using Disputes.Api.Hosting;
using Disputes.Api.Limits;
using Disputes.Api.Mediation;
using Disputes.Api.Scheduling;
using Disputes.Api.Statistics;
using Disputes.Api.Storefront;
using Disputes.Api.Telemetry;
using Disputes.Api.Tools;
using Disputes.Api.Webhooks;
using Disputes.Api.WebConsole;

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
    .AddDisputesScheduling()
    .AddDisputesWebhooks()
    .AddDisputesCheckpoints()
    .AddDisputesLimits()
    .AddDisputesConsole()
    .AddDisputesBenchControl(builder.Configuration);

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
app.MapAudit();
app.MapStatistics();
app.MapDiagnostics();
app.MapWebhooks();
app.MapBenchControl(app.Configuration);
app.MapConsole();
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
