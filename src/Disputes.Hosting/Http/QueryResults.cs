using Disputes.Hosting.Requests;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Hosting.Http;

public static class QueryResults
{
    // Parse the query string (collecting every field error), answer 400 if any, else send the query.
    public static async Task<Results<Ok<T>, ProblemHttpResult>> Send<T>(ISender sender, Func<RequestErrors, IQuery<T>> parse, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var query = parse(errors);
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));
        return TypedResults.Ok(await sender.Send(query, ct));
    }
}
