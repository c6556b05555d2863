using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Disputes.Reliability;

// "The stream replays cleanly": its hash chain verifies, the dispute loads, and the version it shows (rebuilt from
// its events by the inline projection) is the version of its last event. The scheduler may append (a clock running
// out) between the reads, so a dispute whose reads disagree is read again; only a disagreement that stays is a finding.
public static class Streams
{
    private const int Reads = 5;

    public static async Task<int> VerifyAll(Run run, IEnumerable<Guid> disputes, Findings findings)
    {
        var ok = 0;
        foreach (var id in disputes)
        {
            string? problem = null;
            for (var read = 0; read < Reads; read++)
            {
                problem = await Verify(run, id);
                if (problem is null)
                    break;
            }
            if (problem is null)
                ok++;
            else
                findings.Fail(problem);
        }
        return ok;
    }

    private static async Task<string?> Verify(Run run, Guid id)
    {
        var verification = await Get(run, $"/audit/disputes/{id}/verification");
        var events = await Get(run, $"/audit/disputes/{id}/events?limit=1000");
        var dispute = await Get(run, $"/disputes/{id}");
        if (verification is null || events is null || dispute is null)
            return $"dispute {id} could not be read back";
        var intact = verification["intact"]?.GetValue<bool>() ?? verification["brokenLink"] is null;
        var lastVersion = events["currentVersion"]!.GetValue<long>();
        var shown = dispute["version"]!.GetValue<long>();
        var versions = events["items"]!.AsArray().Select(e => e!["version"]!.GetValue<long>()).ToList();
        var contiguous = versions.SequenceEqual(Enumerable.Range(1, versions.Count).Select(v => (long)v));
        return intact && shown == lastVersion && contiguous
            ? null
            : $"dispute {id}: verification {verification.ToJsonString()[..Math.Min(200, verification.ToJsonString().Length)]}, shows v{shown}, stream at v{lastVersion}, contiguous={contiguous}";
    }

    // Whether a clock of this kind ran out on the dispute (DeadlineExpired in its stream).
    public static async Task<bool> ClockRanOut(Run run, Guid id, string kind) =>
        (await Get(run, $"/audit/disputes/{id}/events?limit=1000"))?["items"]?.AsArray()
            .Any(e => e!["type"]!.GetValue<string>() == "DeadlineExpired" && e["data"]?["kind"]?.GetValue<string>() == kind) ?? false;

    private static async Task<JsonObject?> Get(Run run, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", run.Auditor);
        using var response = await run.Client.Http.SendAsync(request);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject() : null;
    }
}
