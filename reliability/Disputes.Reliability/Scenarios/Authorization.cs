using System.Text;
using System.Text.Json.Nodes;

namespace Disputes.Reliability.Scenarios;

// Every endpoint of the OpenAPI document × no token, each role, and forged tokens (expired, not yet valid, wrongly
// signed, alg "none", another audience): only the roles of the rulebook may get anything but 401/403. Then the
// parties: a storefront acting for someone who is not the dispute's buyer or seller, and a mediator on another
// mediator's case, are refused on every command. Nothing refused may leave an event (store check).
public static class Authorization
{
    public static async Task Run(Run run, Findings findings, OpenApi api)
    {
        var id = await run.OpenDispute("authorization");
        var tokens = run.Client.Tokens;
        var identities = new List<(string Name, string? Token, string? Role)> { ("no token", null, null) };
        identities.AddRange(AccessRules.Roles.Select(r => (r, (string?)tokens.For($"{r}-authz", r), (string?)r)));
        foreach (var role in new[] { "storefront", "admin" })
        {
            identities.Add(($"expired {role}", tokens.Expired("x", role), null));
            identities.Add(($"not-yet-valid {role}", tokens.NotYetValid("x", role), null));
            identities.Add(($"wrongly signed {role}", tokens.WronglySigned("x", role), null));
            identities.Add(($"alg:none {role}", tokens.AlgNone("x", role), null));
            identities.Add(($"other audience {role}", tokens.WrongAudience("x", role), null));
        }

        var random = new Random(run.Options.Seed);
        int sent = 0, unauthorizedSuccess = 0, deniedAsExpected = 0, permittedDenied = 0;
        foreach (var op in api.Operations)
        {
            var allowed = AccessRules.Allowed(op.Method, op.Path);
            foreach (var (name, token, role) in identities)
            {
                var permitted = allowed.Contains(role ?? "anonymous");
                var body = op.Body is null ? null : api.Example(op.Body, random);
                var path = Fill(op.Path, id);
                HttpRequestMessage Request()
                {
                    var request = new HttpRequestMessage(new HttpMethod(op.Method), path);
                    if (op.Method is "POST" or "PUT" or "PATCH")
                        request.Content = op.MediaType is null or "application/json"
                            ? new StringContent(body?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json")
                            : Declared(op.MediaType);
                    return request;
                }
                var answer = await run.Client.Send("authorization", Request(), token, id, null, false);
                // Requests without a valid token share one rate-limit bucket (by address), and this loop sends a
                // thousand of them as fast as the machine goes: a 429 says nothing about authorization, so wait for
                // the bucket and ask again rather than let the machine's speed decide the verdict.
                for (var waited = 0; answer.Status == 429 && waited < RateLimitWaits; waited++)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    answer = await run.Client.Send("authorization", Request(), token, id, null, false);
                }
                sent++;
                if (!permitted)
                {
                    if (answer.Status is 401 or 403) deniedAsExpected++;
                    else
                    {
                        unauthorizedSuccess++;
                        findings.Fail($"{name} got {answer.Status} on {op.Method} {op.Path} (only {string.Join('/', allowed)} may)");
                    }
                    if (role is null && token is not null && answer.Status != 401)
                        findings.Fail($"{name} token on {op.Method} {op.Path} answered {answer.Status}, expected 401");
                }
                else if (answer.Status is 401 or 403 && !answer.Body.Contains("actor-not-permitted", StringComparison.Ordinal))
                    permittedDenied++;
            }
        }

        var (partySent, partySucceeded) = await Parties(run, findings, api, random);
        findings.Figure("endpoint x identity requests", $"{sent} ({api.Operations.Count} endpoints x {identities.Count} identities)");
        findings.Figure("unauthorized successes", unauthorizedSuccess);
        findings.Figure("denied as the rulebook says", deniedAsExpected);
        findings.Figure("permitted role refused by policy (rulebook drift, not a breach)", permittedDenied);
        findings.Figure("commands for the wrong party / another mediator's case", $"{partySent}, succeeded {partySucceeded}");
        ServerErrors.Check(run.Ledger.Of("authorization").ToList(), findings);
    }

    private static async Task<(int Sent, int Succeeded)> Parties(Run run, Findings findings, OpenApi api, Random random)
    {
        // A dispute under mediation, claimed by its own mediator.
        var id = await run.OpenDispute("authorization");
        await run.Client.Post("authorization", $"/disputes/{id}/escalate", Bodies.Escalate(Bodies.AsBuyer), run.Storefront(), id);
        await run.Client.Post("authorization", $"/mediation/disputes/{id}/claim", new JsonObject(), run.Client.Tokens.For("mediator-owner", "mediator"), id);
        int sent = 0, succeeded = 0;
        foreach (var op in api.Operations.Where(o => o.Method == "POST" && o.Path.Contains("{disputeId}", StringComparison.Ordinal)))
        {
            foreach (var intruder in new[] { Bodies.As("Buyer", "intruder"), Bodies.As("Seller", "intruder") })
            {
                var body = api.Example(op.Body, random) as JsonObject ?? [];
                string token;
                if (op.Path.StartsWith("/mediation", StringComparison.Ordinal))
                {
                    // Assigning cases and retrying refunds are supervision, open to every mediator by design.
                    if (intruder["party"]!.GetValue<string>() == "Seller" || op.Path.EndsWith("/assign", StringComparison.Ordinal) || op.Path.EndsWith("/refund/retry", StringComparison.Ordinal))
                        continue;
                    token = run.Client.Tokens.For("mediator-intruder", "mediator");
                }
                else
                {
                    // Only a body that names the party it acts for can act for the wrong one (staging an upload names
                    // nobody: the party is named, and checked, when it is completed).
                    if (op.Body is null || api.Resolve(op.Body)["properties"]?["actingAs"] is null)
                        continue;
                    body["actingAs"] = intruder;
                    token = run.Storefront();
                }
                var answer = await run.Client.Post("authorization", Fill(op.Path, id), body, token, id);
                sent++;
                if (answer.Acknowledged)
                {
                    succeeded++;
                    findings.Fail($"{op.Path} as {intruder.ToJsonString()} on another party's dispute answered {answer.Status}");
                }
            }
        }
        return (sent, succeeded);
    }

    private const int RateLimitWaits = 60;

    // An empty body of the media type the operation declares, so authorization is judged rather than the format.
    private static HttpContent Declared(string mediaType)
    {
        var content = new ByteArrayContent([]);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(
            mediaType.StartsWith("multipart/", StringComparison.Ordinal) ? $"{mediaType}; boundary=reliability" : mediaType);
        return content;
    }

    public static string Fill(string template, Guid id) => template
        .Replace("{disputeId}", id.ToString(), StringComparison.Ordinal)
        .Replace("{sellerId}", Bodies.Seller, StringComparison.Ordinal)
        .Replace("{subscriptionId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{notificationId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{checkpointId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{mediatorId}", "mediator-1", StringComparison.Ordinal)
        .Replace("{participantId}", "participant-1", StringComparison.Ordinal)
        .Replace("{runId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{uploadId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{evidenceId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
}
