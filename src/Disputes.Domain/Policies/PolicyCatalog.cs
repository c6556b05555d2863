namespace Disputes.Domain;

// TEMPORARY placeholder until the pure branch lands.
public sealed class PolicyCatalog(IEnumerable<DisputePolicy> policies, string currentVersion)
{
    private readonly Dictionary<string, DisputePolicy> byVersion = policies.ToDictionary(p => p.Version);
    public DisputePolicy Current => byVersion[currentVersion];
    public DisputePolicy Get(string version) => byVersion[version];
    public bool TryGet(string version, out DisputePolicy policy) => byVersion.TryGetValue(version, out policy!);
    public static PolicyCatalog Default { get; } = new([DisputePolicy.Default], DisputePolicy.Default.Version);
}
