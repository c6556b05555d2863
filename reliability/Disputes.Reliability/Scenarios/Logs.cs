namespace Disputes.Reliability.Scenarios;

// Everything the API wrote to stdout/stderr during the run, searched for what must never be logged: bearer
// tokens, the signing key, the connection password, and the personal text the harness put in bodies.
public static class Logs
{
    public static void Run(Run run, Findings findings, string signingKey, IEnumerable<string> tokens)
    {
        var text = File.Exists(run.LogPath) ? File.ReadAllText(run.LogPath) : "";
        var lines = text.Split('\n').Length;
        var leaks = new List<string>();
        if (text.Contains(signingKey, StringComparison.Ordinal)) leaks.Add("the signing key");
        if (text.Contains("Bearer ey", StringComparison.Ordinal)) leaks.Add("a bearer token");
        // The signature part is unique to each token.
        if (tokens.Any(t => text.Contains(t.Split('.')[^1], StringComparison.Ordinal) && t.Split('.')[^1].Length > 10)) leaks.Add("a token signature");
        if (text.Contains(Bodies.PersonalMarker, StringComparison.Ordinal)) leaks.Add("personal text from a request body");
        findings.Figure("log lines searched", lines);
        findings.Figure("secrets or personal data found", leaks.Count == 0 ? "none" : string.Join(", ", leaks));
        foreach (var leak in leaks)
            findings.Fail($"the API logged {leak} (see {run.LogPath})");
    }
}
