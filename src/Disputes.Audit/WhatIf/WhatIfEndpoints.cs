using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Audit.WhatIf;

// /audit/what-if — replay stored disputes under a candidate policy in the background (one run per instance at a
// time), follow its progress, read its report and diverged disputes, cancel it. Read-only towards the disputes.
public static class WhatIfEndpoints
{
    public static void MapWhatIf(this RouteGroupBuilder audit)
    {
        var whatIf = audit.MapGroup("/what-if");

        whatIf.MapPost("", Start)
            .WithName("StartWhatIfRun")
            .WithSummary("Replay stored disputes under a candidate policy, in the background; 202 with the run to follow")
            .WithDescription("candidate holds Disputes:Policy keys (ISO-8601 durations such as P3D, OnSellerSilence, the calendar keys); a key left "
                + "out keeps each dispute's own value. Each matching dispute's commands are decided again at their original instants under its "
                + "policy changed so, and the run reports where each first diverges from what is stored (a clock that runs out first, an expiry "
                + "that would not happen, a refused action, another consequence) and, in aggregate, outcomes, refunds, escalations, SLA breaches, "
                + "mediator workload by working day, time to resolution and disputes settled by a clock, before and after. A replay stops at its "
                + "first divergence: what the parties would have done next is unknowable, and such disputes count as unknown. Nothing is written.")
            .Produces<WhatIfRunView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict);

        whatIf.MapGet("/{runId:guid}", Get)
            .WithName("GetWhatIfRun")
            .WithSummary("A what-if run: status, progress, and when completed its report and first diverged disputes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        whatIf.MapGet("/{runId:guid}/disputes", Csv)
            .WithName("GetWhatIfRunDisputes")
            .WithSummary("The run's diverged and unreplayable disputes as CSV (up to 10,000), one line each")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

        whatIf.MapDelete("/{runId:guid}", Cancel)
            .WithName("CancelWhatIfRun")
            .WithSummary("Cancel a running what-if run; a finished one is left as it is")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static Results<Accepted<WhatIfRunView>, ProblemHttpResult> Start(WhatIfRequest request, HttpContext http, WhatIfJobs jobs)
    {
        request.ThrowIfInvalid();
        return jobs.Start(request, http.User.Subject()) is { } job
            ? TypedResults.Accepted($"/audit/what-if/{job.Id}", WhatIfRunView.From(job))
            : TypedResults.Problem(Problems.WhatIfRunInProgress(jobs.Running?.Id ?? Guid.Empty));
    }

    public static Results<Ok<WhatIfRunView>, ProblemHttpResult> Get(Guid runId, WhatIfJobs jobs) =>
        jobs.Find(runId) is { } job ? TypedResults.Ok(WhatIfRunView.From(job)) : TypedResults.Problem(Problems.WhatIfRunNotFound(runId));

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Csv(Guid runId, WhatIfJobs jobs, CancellationToken ct)
    {
        if (jobs.Find(runId) is not { } job)
            return TypedResults.Problem(Problems.WhatIfRunNotFound(runId));
        await using var text = new StringWriter();
        await WhatIfCsv.Write(job.Diverged().Select(DisputeDivergenceView.From), text, ct);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"what-if-{runId}.csv");
    }

    public static Results<Ok<WhatIfRunView>, ProblemHttpResult> Cancel(Guid runId, WhatIfJobs jobs)
    {
        if (jobs.Find(runId) is not { } job)
            return TypedResults.Problem(Problems.WhatIfRunNotFound(runId));
        job.Cancel();
        return TypedResults.Ok(WhatIfRunView.From(job));
    }
}
