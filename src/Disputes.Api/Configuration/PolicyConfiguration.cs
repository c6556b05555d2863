using Disputes.Domain;

namespace Disputes.Api.Configuration;

// Policy durations come from "Disputes:Policy" (env Disputes__Policy__SellerResponse=PT30S), so a demo can
// run its clocks in seconds. Without that section the built-in default policy is in force.
public static class PolicyConfiguration
{
    public const string Section = "Disputes:Policy";

    public static PolicyCatalog CatalogFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!section.Exists())
            return PolicyCatalog.Default;

        var configured = DisputePolicy.FromSettings(section.Get<PolicySettings>() ?? new PolicySettings());
        // A new version label keeps the built-in ones for disputes opened under them; reusing a built-in label
        // replaces it (fine for a demo database, wrong for a real one: replays would change rules).
        DisputePolicy[] builtIn = [DisputePolicy.SingleOffer, DisputePolicy.Default];
        return new PolicyCatalog([.. builtIn.Where(p => p.Version != configured.Version), configured], configured.Version);
    }
}
