namespace Disputes.Reliability;

// A 5xx or a 4xx that is not a problem document is a finding wherever it shows up.
public static class ServerErrors
{
    public static int Check(IReadOnlyCollection<Sent> sent, Findings findings, bool allow503 = false)
    {
        var errors = sent.Where(s => s.Status >= 500 && !(allow503 && s.Status == 503)).ToList();
        findings.Figure("5xx", errors.Count);
        foreach (var error in errors.Take(5))
            findings.Fail($"{error.Status} for {error.Method} {error.Path}: {Trim(error.Body)}");
        var bare = sent.Where(s => s.Status is >= 400 and < 600 && s.ContentType != "application/problem+json").ToList();
        findings.Figure("4xx/5xx without problem+json", bare.Count);
        foreach (var b in bare.Take(5))
            findings.Fail($"{b.Status} without problem details ({b.ContentType ?? "no body"}) for {b.Method} {Trim(b.Path)}");
        return errors.Count;
    }

    public static string Trim(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
