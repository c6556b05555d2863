namespace Disputes.Domain;

// A programming error, not a business refusal: the decider compares currencies before doing arithmetic,
// so reaching this means a check is missing.
public sealed class CurrencyMismatchException(string left, string right)
    : InvalidOperationException($"Cannot combine amounts in {left} and {right}.")
{
    public string Left { get; } = left;
    public string Right { get; } = right;
}
