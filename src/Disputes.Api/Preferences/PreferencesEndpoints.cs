using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Api.Preferences;

// Preferred language and time zone of buyers, sellers and mediators. Not dispute commands (no dispute, no If-Match),
// hence their own prefix. Who sets whose: the storefront its buyers' and sellers', a mediator their own, an admin
// anyone's; every client that reads disputes may read them.
public static class PreferencesEndpoints
{
    public static IEndpointRouteBuilder MapPreferences(this IEndpointRouteBuilder app)
    {
        var preferences = app.MapGroup("/preferences").WithTags("Preferences")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var (segment, kind) in new[] { ("buyers", ActorKind.Buyer), ("sellers", ActorKind.Seller), ("mediators", ActorKind.Mediator) })
        {
            var name = kind.ToString();
            preferences.MapGet($"/{segment}/{{participantId}}", (string participantId, ISender sender, CancellationToken ct) => Get(new Actor(kind, participantId), sender, ct))
                .WithName($"Get{name}Preferences")
                .WithSummary($"Read a {name.ToLowerInvariant()}'s preferred language and time zone (with the defaults reminders use)")
                .RequireAuthorization(AuthPolicies.Read);
            preferences.MapPut($"/{segment}/{{participantId}}", (string participantId, SetPreferencesBody body, HttpContext http, ISender sender, CancellationToken ct) =>
                    Set(new Actor(kind, participantId), body, http, sender, ct))
                .WithName($"Set{name}Preferences")
                .WithSummary($"Set a {name.ToLowerInvariant()}'s preferred language (BCP 47) and time zone (TZDB id); omitted fields return to their defaults")
                .RequireAuthorization(kind == ActorKind.Mediator ? AuthPolicies.Supervision : AuthPolicies.PartyPreferences)
                .ProducesValidationProblem();
        }
        return app;
    }

    public static async Task<Ok<PreferencesView>> Get(Actor participant, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPreferences(participant), ct));

    public static async Task<Results<Ok<PreferencesView>, ProblemHttpResult>> Set(
        Actor participant, SetPreferencesBody body, HttpContext http, ISender sender, CancellationToken ct)
    {
        var user = http.User;
        if (participant.Kind == ActorKind.Mediator && !user.IsInRole(Roles.Admin) && participant.Id != user.Subject())
            return TypedResults.Problem(Problems.OthersPreferences(participant.Id));
        return TypedResults.Ok(await sender.Send(new SetPreferences(participant, body, user.Subject()), ct));
    }
}
