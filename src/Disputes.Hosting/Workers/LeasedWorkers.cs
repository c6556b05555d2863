using Disputes.Hosting.Health;
using Disputes.Projections.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Hosting.Workers;

public static class LeasedWorkers
{
    // One leased worker: the worker, its state and wake signal (each worker's own types, so each module injects its
    // own), the hosted loop that runs it, its readiness check under healthCheck, and the commit listener that wakes it
    // (dueAt: WorkerCommitListener). The module registers its options, validated by a WorkerOptionsValidation.
    public static IServiceCollection AddLeasedWorker<TWorker, TOptions, TState, TSignal>(
        this IServiceCollection services, string healthCheck, Func<object, Instant?> dueAt)
        where TWorker : class, ILeasedWorker
        where TOptions : WorkerOptions
        where TState : WorkerState
        where TSignal : WakeSignal
    {
        services.AddSingleton<TWorker>();
        services.AddSingleton<TState>();
        services.AddSingleton<TSignal>();
        services.AddHostedService(sp => new WorkerLoop<TWorker>(
            sp.GetRequiredService<TWorker>(), sp.GetRequiredService<TState>(), sp.GetRequiredService<TSignal>(),
            sp.GetRequiredService<IOptions<TOptions>>().Value, sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<ILogger<WorkerLoop<TWorker>>>()));
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheck,
            sp => new WorkerHealthCheck(sp.GetRequiredService<TState>(), sp.GetRequiredService<IOptions<TOptions>>().Value),
            failureStatus: null,
            tags: [HealthTags.Ready]));
        services.AddSingleton<IStoreModule>(sp => new WorkerCommitListener(sp.GetRequiredService<TSignal>(), dueAt));
        return services;
    }
}
