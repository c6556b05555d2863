using Disputes.Domain;
using Marten;

namespace Disputes.Projections;

// List rows with their disputes' whole state, read in the same round trip (Include): the rows carry only the flat
// fields lists filter and show, and what a party or mediator may do now needs the state. A row whose document is
// missing (being rebuilt) is left out.
public static class ListRowsWithState
{
    public static async Task<IReadOnlyList<(DisputeListItem Row, Dispute State)>> WithStateAsync(
        this IQueryable<DisputeListItem> rows, CancellationToken ct)
    {
        var details = new Dictionary<Guid, DisputeDetails>();
        var found = await rows.Include(x => x.Id, details).ToListAsync(ct);
        return [.. found.Where(row => details.ContainsKey(row.Id)).Select(row => (row, details[row.Id].State))];
    }
}
