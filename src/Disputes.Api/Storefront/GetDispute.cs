using Disputes.Api.Http;
using Disputes.Hosting.Http;
using Disputes.Projections;
using Disputes.Projections.Views;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Api.Storefront;

// GET /disputes/{id} — the dispute as stored inline, with its version as ETag.
public sealed record GetDispute(Guid DisputeId) : IQuery<DisputeView?>;

public sealed class GetDisputeHandler(IQuerySession session, DisputeViews views) : IQueryHandler<GetDispute, DisputeView?>
{
    public async ValueTask<DisputeView?> Handle(GetDispute query, CancellationToken ct) =>
        await session.LoadAsync<DisputeDetails>(query.DisputeId, ct) is { } details
            ? views.For(details.State, details.Version)
            : null;
}

public static class GetDisputeEndpoint
{
    public static void MapGetDispute(this RouteGroupBuilder group) =>
        group.MapGet("/{disputeId:guid}", Handle)
            .WithName("GetDispute")
            .WithSummary("Read a dispute: state, deadlines, the refund to pay and what each participant may do now")
            .WithMetadata(new ReturnsETag())
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DisputeView>, ProblemHttpResult>> Handle(
        Guid disputeId, ISender sender, HttpResponse response, CancellationToken ct)
    {
        if (await sender.Send(new GetDispute(disputeId), ct) is not { } view)
            return TypedResults.Problem(Problems.DisputeNotFound(disputeId));
        ETags.Set(response, view.Version);
        return TypedResults.Ok(view);
    }
}
