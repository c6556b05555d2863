using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using NodaTime.Text;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/extensions — the party whose answer a running clock awaits asks for more time on it, with a reason;
// the other party or a mediator grants or refuses. Length is an ISO-8601 duration in days and hours ("P3D", "PT36H").
public sealed record RequestExtensionBody(ActingAs? ActingAs, DeadlineKind? Clock, string? Length, string? Reason, string? Language = null) : IActingBody;

public sealed record RequestExtensionRequest(Guid DisputeId, RequestExtensionBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("clock", Body.Clock);
        errors.Required("reason", Body.Reason);
        if (errors.Required("length", Body.Length) && Parse(Body.Length) is null)
            errors.Add("length", "length is an ISO-8601 duration in days and hours, such as P3D or PT36H.");
    }

    public IDisputeCommand ToCommand() =>
        new Disputes.Domain.RequestExtension(DisputeId, Body!.Clock!.Value, Parse(Body.Length)!.Value, Body.Reason!, Body.ActingAs!.ToActor());

    // Months and years have no fixed length, so they are no way to say how much time a clock gets. A length beyond what
    // a Duration holds is as unreadable as a typo: 400, never an overflow.
    private static NodaTime.Duration? Parse(string? text)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text?.Trim() ?? "");
        if (!parsed.Success || parsed.Value is not { Years: 0, Months: 0 } period)
            return null;
        try
        {
            return period.ToDuration();
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

public sealed class RequestExtensionHandler(DisputeWriter writer) : DisputeCommandHandler<RequestExtensionRequest>(writer);

public static class RequestExtensionEndpoint
{
    public static void MapRequestExtension(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RequestExtensionBody>("/{disputeId:guid}/extensions", (id, body, _) => new RequestExtensionRequest(id, body))
            .WithName("RequestExtension")
            .WithSummary("Ask for more time on the running clock that awaits you (as that party)");
}
