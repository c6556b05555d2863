namespace Disputes.Domain;

public sealed record Permission(bool Allowed, RefusalKind Kind, string Reason)
{
    public static Permission Granted { get; } = new(true, RefusalKind.NotAllowedInState, "");
}
