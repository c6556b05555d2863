using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/replacement/problem — the buyer reopens the case over what arrived (or did not): a mediator decides.
public sealed record ReportReplacementProblemBody(ActingAs? ActingAs, string? Description, string? Language = null) : IActingBody;

public sealed record ReportReplacementProblemRequest(Guid DisputeId, ReportReplacementProblemBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("description", Body.Description);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ReportReplacementProblem(DisputeId, Body!.Description!, Body.ActingAs!.ToActor());
}

public sealed class ReportReplacementProblemHandler(DisputeWriter writer) : DisputeCommandHandler<ReportReplacementProblemRequest>(writer);

public static class ReportReplacementProblemEndpoint
{
    public static void MapReportReplacementProblem(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ReportReplacementProblemBody>("/{disputeId:guid}/replacement/problem", (id, body, _) => new ReportReplacementProblemRequest(id, body))
            .WithName("ReportReplacementProblem")
            .WithSummary("Object to the replacement or repair (as the buyer): the dispute goes to mediation");
}
