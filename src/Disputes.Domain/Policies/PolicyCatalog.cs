using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Disputes.Domain;

// Every policy version a stored dispute may refer to, plus the one new disputes open under.
public sealed class PolicyCatalog
{
    private readonly FrozenDictionary<string, DisputePolicy> byVersion;

    public PolicyCatalog(IEnumerable<DisputePolicy> policies, string currentVersion)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(currentVersion);

        var all = policies.ToList();
        var duplicates = all.GroupBy(p => p.Version, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
            throw new ArgumentException($"Policy versions must be unique; duplicated: {string.Join(", ", duplicates)}.", nameof(policies));

        foreach (var policy in all)
        {
            var problems = policy.Validate();
            if (problems.Count > 0)
                throw new PolicyConfigurationException(policy.Version, problems);
        }

        byVersion = all.ToFrozenDictionary(p => p.Version, StringComparer.Ordinal);
        Current = byVersion.TryGetValue(currentVersion, out var current)
            ? current
            : throw new ArgumentException(
                $"Current policy version '{currentVersion}' is not among the known versions: {KnownVersions()}.",
                nameof(currentVersion));
    }

    // Disputes opened under the single-offer policy stay readable by version after the default moved on.
    public static PolicyCatalog Default { get; } = new([DisputePolicy.SingleOffer, DisputePolicy.Default], DisputePolicy.Default.Version);

    public DisputePolicy Current { get; }

    public IReadOnlyCollection<DisputePolicy> All => byVersion.Values;

    public DisputePolicy Get(string version) =>
        TryGet(version, out var policy)
            ? policy
            : throw new KeyNotFoundException($"Unknown dispute policy version '{version}'; known versions: {KnownVersions()}.");

    public bool TryGet(string version, [MaybeNullWhen(false)] out DisputePolicy policy)
    {
        policy = null;
        return version is not null && byVersion.TryGetValue(version, out policy);
    }

    private string KnownVersions() => string.Join(", ", byVersion.Keys.Order(StringComparer.Ordinal));
}
