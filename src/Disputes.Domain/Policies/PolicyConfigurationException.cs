namespace Disputes.Domain;

// Thrown at startup so a bad setting stops the app with the offending key and value in the log.
public sealed class PolicyConfigurationException : Exception
{
    public PolicyConfigurationException(string key, string? value, string reason)
        : base($"Policy setting '{key}' has an invalid value '{value}': {reason}")
    {
        Key = key;
        Value = value;
        Reason = reason;
        Problems = [Message];
    }

    public PolicyConfigurationException(string version, IReadOnlyList<string> problems)
        : base($"Policy '{version}' is invalid: {string.Join(" ", problems)}")
    {
        Problems = problems;
    }

    public string? Key { get; }
    public string? Value { get; }
    public string? Reason { get; }
    public IReadOnlyList<string> Problems { get; }
}
