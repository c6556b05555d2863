using System.Security.Cryptography;
using System.Text;

namespace Disputes.Domain;

// The SHA-256 of a text's UTF-8 bytes in lower-case hex: how the hash chain names an event and a translation names
// the text it was made from.
public static class Sha256Text
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
