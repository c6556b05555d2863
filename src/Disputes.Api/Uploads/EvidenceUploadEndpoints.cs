using Disputes.EvidenceFiles.Settings;
using Disputes.Hosting.Auth;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Uploads;

// The two upload flows that end in a dispute command: they answer like every other command (the dispute, its ETag,
// idempotent replays), which is the host's rendering, so they live here rather than in the evidence module.
public static class EvidenceUploadEndpoints
{
    public static IServiceCollection AddEvidenceUploads(this IServiceCollection services) => services.AddScoped<EvidenceAttachment>();

    public static IEndpointRouteBuilder MapEvidenceUploads(this IEndpointRouteBuilder app)
    {
        var maxRequestBytes = app.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value.MaxRequestBytes;
        var disputes = app.MapGroup("/disputes").WithTags("Evidence").RequireAuthorization(AuthPolicies.Storefront);
        disputes.MapUploadEvidenceFile(maxRequestBytes);
        disputes.MapCompleteEvidenceUpload();
        return app;
    }
}
