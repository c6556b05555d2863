using System.Security.Claims;
using Disputes.Domain;
using Disputes.EvidenceFiles.Settings;
using Disputes.Hosting.Auth;
using Disputes.Projections;
using Marten;
using Microsoft.Extensions.Options;

namespace Disputes.EvidenceFiles.Access;

// What a dispute's own state says about its files: which exist, who may see each, and how many bytes it may still take.
public sealed class DisputeFiles(IDocumentStore store, IOptions<EvidenceOptions> options)
{
    public async Task<Dispute?> Load(Guid disputeId, CancellationToken ct) => (await LoadDetails(disputeId, ct))?.State;

    // With the version the state reflects, for an upload to honour If-Match before it stores anything.
    public async Task<DisputeDetails?> LoadDetails(Guid disputeId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<DisputeDetails>(disputeId, ct);
    }

    public long HeldBytes(Dispute d) => d.Evidence.Where(e => e.Held).Sum(e => e.SizeBytes);

    // The largest file the dispute can take now: its policy's per-file limit, or what is left of the per-dispute one.
    public long Room(Dispute d) => Math.Min(d.Policy.MaxEvidenceBytes, options.Value.MaxBytesPerDispute - HeldBytes(d));

    public string RoomExplained(Dispute d) =>
        $"A file is at most {d.Policy.MaxEvidenceBytes} bytes, and the files of one dispute at most {options.Value.MaxBytesPerDispute} bytes together "
        + $"(this one holds {HeldBytes(d)}).";

    // The storefront speaks for the parties, so it sees what the parties may; staff see everything.
    public static bool MaySee(ClaimsPrincipal user, EvidenceItem item) =>
        item.Visibility == EvidenceVisibility.Parties || IsStaff(user);

    public static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Mediator) || user.IsInRole(Roles.Auditor) || user.IsInRole(Roles.Admin);
}
