using Disputes.Api.Commands;
using Disputes.Api.Errors;
using Disputes.Api.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Api.Http;

// CommandOutcome → HTTP, the same for every command endpoint: the view with its ETag, or a problem.
public static class DisputeResults
{
    // For commands that may start a stream: 201 when it did, 200 when it was a repeat that appended nothing.
    public static Results<Created<DisputeView>, Ok<DisputeView>, ProblemHttpResult> CreatedOrOk(CommandOutcome outcome, HttpContext context) =>
        outcome switch
        {
            Written { Appended: true } w => WithETag(context, w.View, v => TypedResults.Created($"/disputes/{v.Id}", v)),
            Written w => WithETag(context, w.View, TypedResults.Ok),
            _ => Problem(outcome),
        };

    public static Results<Ok<DisputeView>, ProblemHttpResult> Ok(CommandOutcome outcome, HttpContext context) =>
        outcome is Written w ? WithETag(context, w.View, TypedResults.Ok) : Problem(outcome);

    public static ProblemHttpResult Problem(CommandOutcome outcome) => TypedResults.Problem(outcome switch
    {
        CommandRefused r => Problems.From(r.Refusal),
        VersionMismatch m => Problems.VersionMismatch(m.DisputeId, m.ExpectedVersion),
        OrderHasOpenDispute o => Problems.OrderHasOpenDispute(o.OrderId, o.DisputeId),
        _ => throw new InvalidOperationException($"{outcome.GetType().Name} is not a problem."),
    });

    private static T WithETag<T>(HttpContext context, DisputeView view, Func<DisputeView, T> result)
    {
        ETags.Set(context.Response, view.Version);
        return result(view);
    }
}
