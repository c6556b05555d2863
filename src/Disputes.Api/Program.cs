using Disputes.Api.Audit;
using Disputes.Api.Diagnostics;
using Disputes.Api.Docs;
using Disputes.Api.Health;
using Disputes.Api.Hosting;
using Disputes.Api.Mediation;
using Disputes.Api.Scheduling;
using Disputes.Api.Storefront;
using Disputes.Api.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddDisputesStore()
    .AddDisputesApplication()
    .AddDisputesHttp()
    .AddDisputesAuth()
    .AddDisputesScheduling()
    .AddDisputesWebhooks();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealth();
app.MapDocs();
app.MapStorefront();
app.MapMediatorCommands();
app.MapMediation();
app.MapAudit();
app.MapDiagnostics();
app.MapWebhooks();
app.Run();

public partial class Program;
