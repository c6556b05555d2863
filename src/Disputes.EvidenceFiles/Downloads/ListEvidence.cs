using System.Security.Claims;
using Disputes.EvidenceFiles.Access;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.EvidenceFiles.Downloads;

// GET /disputes/{id}/evidence — the items the caller may see, in the order they were added.
public static class ListEvidence
{
    public static void MapListEvidence(this RouteGroupBuilder group) =>
        group.MapGet("/{disputeId:guid}/evidence", Handle)
            .WithName("ListEvidence")
            .WithSummary("The dispute's evidence items the caller may see (the storefront: those visible to the parties; staff: all)")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<IReadOnlyList<EvidenceFileView>>, ProblemHttpResult>> Handle(
        Guid disputeId, ClaimsPrincipal user, DisputeFiles files, CancellationToken ct)
    {
        if (await files.Load(disputeId, ct) is not { } dispute)
            return TypedResults.Problem(Problems.DisputeNotFound(disputeId));
        IReadOnlyList<EvidenceFileView> visible = [.. dispute.Evidence.Where(e => DisputeFiles.MaySee(user, e)).Select(e => EvidenceFileView.From(dispute, e))];
        return TypedResults.Ok(visible);
    }
}
