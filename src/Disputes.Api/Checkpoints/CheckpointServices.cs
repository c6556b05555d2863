using Disputes.Projections.Checkpoints;
using Marten;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Checkpoints;

public static class CheckpointServices
{
    public static IServiceCollection AddDisputesCheckpoints(this IServiceCollection services)
    {
        services.AddOptions<CheckpointOptions>().BindConfiguration(CheckpointOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CheckpointOptions>, CheckpointOptionsValidation>();
        services.AddSingleton(sp => Keys(sp.GetRequiredService<IOptions<CheckpointOptions>>().Value));
        services.AddSingleton(sp => new CheckpointStore(sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<CheckpointKeys>()));
        services.AddSingleton(sp => new CheckpointVerifier(sp.GetRequiredService<IDocumentStore>()));
        services.AddHostedService<PeriodicCheckpoints>();
        return services;
    }

    // The options were validated (at start-up, or by reading them here), so the keys parse.
    private static CheckpointKeys Keys(CheckpointOptions options) => new(
        string.IsNullOrWhiteSpace(options.SigningKey) ? null : CheckpointKeys.PrivateKey(options.SigningKey),
        options.VerificationKeys.Select(CheckpointKeys.PublicKey));
}
