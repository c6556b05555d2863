using Disputes.Api.Diagnostics;
using Disputes.Api.Docs;
using Disputes.Api.Health;
using Disputes.Api.Hosting;
using Disputes.Api.Scheduling;
using Disputes.Api.Storefront;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddDisputesStore()
    .AddDisputesApplication()
    .AddDisputesHttp()
    .AddDisputesScheduling();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealth();
app.MapDocs();
app.MapStorefront();
app.MapDiagnostics();
app.Run();

public partial class Program;
