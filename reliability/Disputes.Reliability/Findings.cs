namespace Disputes.Reliability;

// What one scenario did and found: figures to print (and copy into docs/RELIABILITY.md) and failures that make
// the run exit non-zero.
public sealed class Findings(string scenario)
{
    private readonly List<(string Name, object Value)> figures = [];
    private readonly List<string> failures = [];

    public string Scenario => scenario;
    public IReadOnlyList<string> Failures => failures;
    public string? Skipped { get; private set; }

    public void Figure(string name, object value) => figures.Add((name, value));

    public void Fail(string failure)
    {
        lock (failures)
            if (failures.Count < 50)
                failures.Add(failure);
    }

    public void Expect(bool condition, string failure)
    {
        if (!condition)
            Fail(failure);
    }

    public void Skip(string why) => Skipped = why;

    public void Print(TimeSpan elapsed)
    {
        var verdict = Skipped is not null ? "SKIPPED" : failures.Count == 0 ? "PASS" : "FAIL";
        Console.WriteLine($"[{scenario}] {verdict} in {elapsed.TotalSeconds:F1}s");
        if (Skipped is not null)
            Console.WriteLine($"    skipped: {Skipped}");
        foreach (var (name, value) in figures)
            Console.WriteLine($"    {name}: {value}");
        foreach (var failure in failures)
            Console.WriteLine($"    FAILED: {failure}");
    }
}
