namespace Disputes.Reliability;

// Which roles may call which endpoint, written down independently of the API's policies (README "Using the API"),
// so the authorization scenario compares the app against the rulebook rather than against itself.
public static class AccessRules
{
    public static readonly string[] Roles = ["storefront", "mediator", "auditor", "admin"];
    private static readonly string[] Everyone = Roles;

    public static string[] Allowed(string method, string path)
    {
        // The console's sign-in settings (and its Development sign-in, never in a deployment) are how a token is obtained.
        if (path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal) || path.StartsWith("/scalar", StringComparison.Ordinal)
            || path.StartsWith("/console/", StringComparison.Ordinal))
            return ["anonymous", .. Everyone];
        if (path == "/lifecycle")
            return Everyone;
        if (path.StartsWith("/disputes/{disputeId}", StringComparison.Ordinal) && method == "GET")
            return Everyone;
        if (path.StartsWith("/disputes", StringComparison.Ordinal))
            return ["storefront"];
        if (path.StartsWith("/mediation/disputes/{disputeId}/assign", StringComparison.Ordinal) || path.StartsWith("/mediation/disputes/{disputeId}/refund", StringComparison.Ordinal))
            return ["mediator", "admin"];
        if (path.StartsWith("/mediation", StringComparison.Ordinal))
            return ["mediator"];
        if (path.StartsWith("/audit", StringComparison.Ordinal) || path.StartsWith("/statistics", StringComparison.Ordinal))
            return ["auditor", "admin"];
        if (path.StartsWith("/sellers", StringComparison.Ordinal))
            return Everyone;
        // Preferences: everyone reads; the storefront sets its buyers' and sellers', a mediator their own (another
        // mediator's is refused in the handler), an admin anyone's.
        if (path.StartsWith("/preferences", StringComparison.Ordinal))
            return method == "GET" ? Everyone : path.StartsWith("/preferences/mediators", StringComparison.Ordinal) ? ["mediator", "admin"] : ["storefront", "admin"];
        // Mediator profiles and bulk reassignment (and, below, webhooks and diagnostics): admins only.
        if (path.StartsWith("/admin", StringComparison.Ordinal))
            return ["admin"];
        return ["admin"];
    }

    // A role that may call the endpoint, for requests meant to get past authorization.
    public static string Caller(string method, string path) => Allowed(method, path).First(r => r != "anonymous") is var r ? r : "admin";
}
