using Disputes.Api.Docs;
using Disputes.Api.Errors;
using Disputes.Api.Health;
using Disputes.Hosting.Health;
using Disputes.Hosting.Http;
using Disputes.Projections.Store;

namespace Disputes.Api.Composition;

public static class HttpServices
{
    public static IServiceCollection AddDisputesHttp(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            DisputesJson.Configure(o.SerializerOptions);
            // A key sent twice is two requests in one: a gateway reading the first sees another than we act on.
            // Refused at every depth and, since binding ignores case, in any letter case. Only requests are
            // read with these options; the store's own JSON (jsonb) cannot hold a duplicate.
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        // Binding failures must reach the exception handler as exceptions, in every environment,
        // so a malformed body gets field errors instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Type = ProblemTypes.Stable(c.ProblemDetails.Type, c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode));
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Query parameter schemas after the conventions, which give [AsParameters] names their camelCase.
        services.AddOpenApi(o => o.AddNodaTime().AddMoney().AddRequests().AddProblems().AddDisputesConventions().AddQueryParameters());
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready])
            .AddCheck<StoppingHealthCheck>("stopping", tags: [HealthTags.Ready]);
        return services;
    }
}
