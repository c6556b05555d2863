
namespace Disputes.Audit.Integrity;

// What mt_streams says about a stream, against which its stored events are checked: Marten trusts this row to
// know how many events the stream has (Version) and whether to show it at all (Archived). Exists is false for
// events stored under a stream id that has no row, which Marten's reads of the dispute then do not find.
public sealed record StreamRow(bool Exists, long Version, bool Archived)
{
    public static readonly StreamRow Missing = new(false, 0, false);
}
