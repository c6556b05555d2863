using Disputes.Domain;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;
using Disputes.Projections.Store;

namespace Disputes.Api.Assignment;

// Skills-based assignment: mediator profiles and their admin endpoints, the auto-assigner (a leased worker, off unless
// Disputes:Assignment:AutoAssign), the queue position parties see, and bulk reassignment. docs/assignment.md.
public static class AssignmentModule
{
    public static IServiceCollection AddAssignment(this IServiceCollection services)
    {
        services.AddValidatedOptions<AssignmentOptions, AssignmentOptionsValidation>(AssignmentOptions.Section);
        // Commits that put a case in the queue or free a seat wake the assigner at once.
        services.AddLeasedWorker<AutoAssigner, AssignmentOptions, AssignmentState, AssignmentSignal>(
            "auto-assignment", e => e is DisputeEscalated or MediatorReleased or MediatorDecisionRecorded or DisputeClosed or CaseReassigned
                ? WakeSignal.AtOnce : null);
        services.AddSingleton<IStoreModule, AssignmentStore>();
        return services;
    }

    public static IEndpointRouteBuilder MapAssignment(this IEndpointRouteBuilder app)
    {
        app.MapMediatorProfiles();
        app.MapQueuePosition();
        app.MapTeamStatistics();
        return app;
    }
}
