using System.Globalization;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Projections.Views;
using Disputes.Statistics.Facts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Disputes.Api.Docs;

// Amounts are bounded per currency by the policy in force (Disputes:Policy:MaxAmount…); the document says so with
// numbers a generated client can check, read from the configuration that serves it.
public static class MoneySchemas
{
    public static OpenApiOptions AddMoney(this OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(MoneyInput))
            {
                var limits = context.ApplicationServices.GetRequiredService<PolicyCatalog>().Current.MaxAmount;
                Bound(schema, 1, limits.Largest, $"Minor units (cents, yen), from 1 to the bound of the currency: {Bounds(limits)}. "
                    + "Bounds are below 2^53, so every amount is exact in JavaScript.");
            }
            else if (type == typeof(MoneyView))
            {
                Bound(schema, 0, AmountLimits.LargestBound, "Minor units (cents, yen) of one dispute: never more than the bound of the "
                    + "currency in the policy the dispute opened under, which is below 2^53 (exact in JavaScript).");
            }
            else if (type == typeof(MoneyTotalView))
            {
                Bound(schema, 0, null, "Minor units summed across disputes, exact and unbounded: it may exceed 2^53 (and 2^63), "
                    + "so read it with a big-number JSON parser in JavaScript rather than JSON.parse.");
            }
            return Task.CompletedTask;
        });
        return options;
    }

    private static string Bounds(AmountLimits limits)
    {
        var text = $"{limits.AllCurrencies.ToString(CultureInfo.InvariantCulture)} for every currency (Disputes:Policy:MaxAmount)";
        return limits.ByCurrency.Count == 0
            ? text
            : text + ", except " + string.Join(", ", limits.ByCurrency.Select(b => $"{b.Currency} {b.Amount.ToString(CultureInfo.InvariantCulture)}"))
                + " (Disputes:Policy:MaxAmountByCurrency)";
    }

    private static void Bound(OpenApiSchema schema, long minimum, long? maximum, string description)
    {
        if (schema.Properties?.TryGetValue("amount", out var property) != true || property is not OpenApiSchema amount)
            return;
        amount.Minimum = minimum.ToString(CultureInfo.InvariantCulture);
        amount.Maximum = maximum?.ToString(CultureInfo.InvariantCulture);
        amount.Description = description;
    }
}
