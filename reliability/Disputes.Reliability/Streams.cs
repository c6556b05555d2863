using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Disputes.Reliability;

// "The stream replays cleanly": its hash chain verifies, the dispute loads, and the version it shows (rebuilt from
// its events by the inline projection) is the version of its last event.
public static class Streams
{
    public static async Task<int> VerifyAll(Run run, IEnumerable<Guid> disputes, Findings findings)
    {
        var ok = 0;
        foreach (var id in disputes)
        {
            var verification = await Get(run, $"/audit/disputes/{id}/verification");
            var events = await Get(run, $"/audit/disputes/{id}/events?limit=1000");
            var dispute = await Get(run, $"/disputes/{id}");
            if (verification is null || events is null || dispute is null)
            {
                findings.Fail($"dispute {id} could not be read back");
                continue;
            }
            var intact = verification["intact"]?.GetValue<bool>() ?? verification["brokenLink"] is null;
            var lastVersion = events["currentVersion"]!.GetValue<long>();
            var shown = dispute["version"]!.GetValue<long>();
            var versions = events["items"]!.AsArray().Select(e => e!["version"]!.GetValue<long>()).ToList();
            var contiguous = versions.SequenceEqual(Enumerable.Range(1, versions.Count).Select(v => (long)v));
            if (intact && shown == lastVersion && contiguous)
                ok++;
            else
                findings.Fail($"dispute {id}: verification {verification.ToJsonString()[..Math.Min(200, verification.ToJsonString().Length)]}, shows v{shown}, stream at v{lastVersion}, contiguous={contiguous}");
        }
        return ok;
    }

    private static async Task<JsonObject?> Get(Run run, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", run.Auditor);
        using var response = await run.Client.Http.SendAsync(request);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject() : null;
    }
}
