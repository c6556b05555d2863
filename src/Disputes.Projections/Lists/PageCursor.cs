using System.Buffers.Text;
using System.Text;

namespace Disputes.Projections;

// Keyset cursors: the sort key of the last row a page returned, opaque to clients (base64url of
// "kind|part|part…"). The kind keeps a list cursor from being replayed against the queue.
public static class PageCursor
{
    public static string Encode(string kind, params string[] parts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', [kind, .. parts])));

    public static bool TryDecode(string raw, string kind, int partCount, out string[] parts)
    {
        parts = [];
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(raw);
        }
        catch (FormatException)
        {
            return false;
        }

        var all = Encoding.UTF8.GetString(bytes).Split('|');
        if (all.Length != partCount + 1 || all[0] != kind)
            return false;
        parts = all[1..];
        return true;
    }
}
