using System.Diagnostics.CodeAnalysis;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Http;

// A storefront body names who it acts for in this request.
public interface IActingBody : IRequestBody
{
    ActingAs? ActingAs { get; }
}

public static class RequestBodies
{
    // Without a body, or without actingAs, there is nobody to act; the rest of the body is checked after.
    public static bool Acting<TBody>(this RequestErrors errors, [NotNullWhen(true)] TBody? body) where TBody : class, IActingBody
    {
        if (!errors.Required("actingAs", body?.ActingAs))
            return false;
        body!.ActingAs!.Validate(errors);
        return true;
    }
}
