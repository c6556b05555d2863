using Disputes.Audit.Checkpoints;
using Disputes.Audit.Export;
using Disputes.Audit.Integrity;
using Disputes.Audit.ReplayCheck;
using Disputes.Audit.Trail;
using Disputes.Audit.Verification;
using Disputes.Audit.WhatIf;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Tools;
using Disputes.Projections.Store;
using Marten;
using Microsoft.Extensions.Options;

namespace Disputes.Audit;

// What auditors rely on: the hash chain every appended event joins (AuditStore), its verification, the signed
// checkpoints that anchor it, the audit trail API, the export and the replay check, and their operator commands.
public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<IStoreModule, AuditStore>();
        services.AddSingleton<AuditEvents>();
        services.AddSingleton(sp => new HistoryVerifier(sp.GetRequiredService<IDocumentStore>()));
        services.AddValidatedOptions<CheckpointOptions, CheckpointOptionsValidation>(CheckpointOptions.Section);
        services.AddSingleton(sp => Keys(sp.GetRequiredService<IOptions<CheckpointOptions>>().Value));
        services.AddSingleton(sp => new CheckpointStore(sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<CheckpointKeys>()));
        services.AddSingleton(sp => new CheckpointVerifier(sp.GetRequiredService<IDocumentStore>()));
        services.AddHostedService<PeriodicCheckpoints>();
        services.AddSingleton<IToolVerb, ExportEvents>();
        services.AddSingleton<IToolVerb, ReplayCheckVerb>();
        services.AddSingleton<WhatIfJobs>();
        services.AddSingleton<IToolVerb, WhatIfVerb>();
        services.AddSingleton<IToolVerb, VerifyHistory>();
        services.AddSingleton<IToolVerb, CheckpointsTake>();
        services.AddSingleton<IToolVerb, CheckpointsList>();
        services.AddSingleton<IToolVerb, CheckpointsExport>();
        return services;
    }

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapAuditTrail();
        return app;
    }

    // The options were validated (at start-up, or by reading them here), so the keys parse.
    private static CheckpointKeys Keys(CheckpointOptions options) => new(
        string.IsNullOrWhiteSpace(options.SigningKey) ? null : CheckpointKeys.PrivateKey(options.SigningKey),
        options.VerificationKeys.Select(CheckpointKeys.PublicKey));
}
