using Disputes.EvidenceFiles.Access;
using Disputes.EvidenceFiles.Downloads;
using Disputes.EvidenceFiles.Files;
using Disputes.EvidenceFiles.Integrity;
using Disputes.EvidenceFiles.Settings;
using Disputes.EvidenceFiles.Storage;
using Disputes.EvidenceFiles.Uploads;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Tools;
using Disputes.Projections.Store;
using Microsoft.Extensions.Options;

namespace Disputes.EvidenceFiles;

// Evidence files the engine holds: the content-addressed store (PostgreSQL by default, IEvidenceStore), the ingest
// that admits a file by its bytes and strips what locates a person, the large-file flow's staging, authorised
// downloads with their log, and the check that every file a decision cites still hashes as cited.
public static class EvidenceModule
{
    public static IServiceCollection AddEvidenceFiles(this IServiceCollection services)
    {
        services.AddValidatedOptions<EvidenceOptions, EvidenceOptionsValidation>(EvidenceOptions.Section);
        services.AddSingleton<IStoreModule, EvidenceStore>();
        services.AddSingleton<PostgresEvidenceStore>();
        // A deployment that keeps files elsewhere replaces this one registration.
        services.AddSingleton<IEvidenceStore>(sp => sp.GetRequiredService<PostgresEvidenceStore>());
        services.AddSingleton<EvidenceIngest>();
        services.AddSingleton<EvidenceUploads>();
        services.AddSingleton<DisputeFiles>();
        services.AddSingleton<DownloadLog>();
        services.AddSingleton<ICitedFilesCheck, CitedFilesCheck>();
        services.AddSingleton<AbandonedUploads>();
        services.AddSingleton<IToolVerb, SweepUploads>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceFiles(this IEndpointRouteBuilder app)
    {
        var maxPartBytes = app.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value.MaxRequestBytes;
        var uploads = app.MapGroup("/disputes").WithTags("Evidence").RequireAuthorization(AuthPolicies.Storefront);
        uploads.MapCreateUpload();
        uploads.MapSendUploadPart(maxPartBytes);
        uploads.MapGetUpload();
        var reading = app.MapGroup("/disputes").WithTags("Evidence").RequireAuthorization(AuthPolicies.Read);
        reading.MapListEvidence();
        reading.MapDownloadEvidence();
        app.MapGroup("/audit").WithTags("Evidence").RequireAuthorization(AuthPolicies.Audit).MapListDownloads();
        return app;
    }
}
