using Disputes.Api.Audit;
using Disputes.Api.Diagnostics;
using Disputes.Api.Docs;
using Disputes.Api.Health;
using Disputes.Api.Hosting;
using Disputes.Api.Mediation;
using Disputes.Api.Scheduling;
using Disputes.Api.Statistics;
using Disputes.Api.Storefront;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddDisputesStore()
    .AddDisputesApplication()
    .AddDisputesHttp()
    .AddDisputesAuth()
    .AddDisputesScheduling();

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
app.MapStatistics();
app.MapDiagnostics();
app.Run();

public partial class Program;
