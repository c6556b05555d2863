using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/return/problem — an empty box or a different item goes to mediation.
public sealed record ReportReturnProblemBody(ActingAs? ActingAs, string? Description, string? Language = null) : IActingBody;

public sealed record ReportReturnProblemRequest(Guid DisputeId, ReportReturnProblemBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("description", Body.Description);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ReportReturnProblem(DisputeId, Body!.Description!, Body.ActingAs!.ToActor());
}

public sealed class ReportReturnProblemHandler(DisputeWriter writer) : DisputeCommandHandler<ReportReturnProblemRequest>(writer);

public static class ReportReturnProblemEndpoint
{
    public static void MapReportReturnProblem(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ReportReturnProblemBody>("/{disputeId:guid}/return/problem", (id, body, _) => new ReportReturnProblemRequest(id, body))
            .WithName("ReportReturnProblem")
            .WithSummary("Report a problem with the returned item (as the seller): a mediator decides");
}
