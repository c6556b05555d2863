namespace Disputes.Hosting.Auth;

// The roles a token may carry (claim "role"); architecture.md §2 names the clients behind them.
public static class Roles
{
    public const string Storefront = "storefront";
    public const string Mediator = "mediator";
    public const string Auditor = "auditor";
    public const string Admin = "admin";
}
