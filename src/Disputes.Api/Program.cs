using Disputes.Api.Audit;
using Disputes.Api.Docs;
using Disputes.Api.Health;
using Disputes.Api.Hosting;
using Disputes.Api.Mediation;
using Disputes.Api.Storefront;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddDisputesStore()
    .AddDisputesApplication()
    .AddDisputesHttp()
    .AddDisputesAuth();

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
app.Run();

public partial class Program;
