using System.Security.Cryptography;

namespace Disputes.Audit.Checkpoints;

// The key checkpoints are signed with (optional: without one, none can be taken) and every public key a checkpoint
// may be verified with: the signing key's own, retired ones kept to check older checkpoints, an auditor's copy.
// ECDSA on P-256 with SHA-256, so whoever holds only the public key can verify and nobody without the private key
// can sign. A key's id is derived from the key itself (the first 16 hex digits of SHA-256 over its DER
// SubjectPublicKeyInfo), so it can never be mislabelled, and a new key gets a new id by itself.
public sealed class CheckpointKeys
{
    private readonly ECDsa? signing;
    private readonly Dictionary<string, ECDsa> trusted = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public CheckpointKeys(ECDsa? signing, IEnumerable<ECDsa> verification)
    {
        this.signing = signing;
        SigningKeyId = signing is null ? null : KeyId(signing);
        foreach (var key in (signing is null ? [] : new[] { signing }).Concat(verification))
            trusted.TryAdd(KeyId(key), key);
    }

    public static CheckpointKeys None { get; } = new(null, []);

    public string? SigningKeyId { get; }

    public IReadOnlyCollection<string> TrustedKeyIds => trusted.Keys;

    public CheckpointKeys Trusting(IEnumerable<ECDsa> more) => new(signing, trusted.Values.Concat(more));

    public static string KeyId(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];

    public byte[] Sign(byte[] payload)
    {
        if (signing is null)
            throw new InvalidOperationException("No checkpoint signing key is configured.");
        lock (gate)
            return signing.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    // False for a key that is not trusted, as for a signature that does not match.
    public bool Verify(string keyId, byte[] payload, byte[] signature)
    {
        if (!trusted.TryGetValue(keyId, out var key))
            return false;
        lock (gate)
            return key.VerifyData(payload, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    public bool Trusts(string keyId) => trusted.ContainsKey(keyId);

    // PEM text (PKCS#8 "PRIVATE KEY" or SEC 1 "EC PRIVATE KEY") of a P-256 key with its private part.
    public static ECDsa PrivateKey(string pem)
    {
        var key = Import(pem);
        try
        {
            key.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException)
        {
            key.Dispose();
            throw new FormatException("it holds a public key only; signing needs the private key (BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY).");
        }
        return key;
    }

    // PEM text of a P-256 public key ("PUBLIC KEY"); a private key's PEM is accepted and only its public part used.
    public static ECDsa PublicKey(string pem)
    {
        using var key = Import(pem);
        var publicOnly = ECDsa.Create();
        publicOnly.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return publicOnly;
    }

    // The messages say what is wrong with the key, never anything of the key itself.
    private static ECDsa Import(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (ArgumentException)
        {
            key.Dispose();
            throw new FormatException("it is not a PEM-encoded EC key (-----BEGIN PRIVATE KEY-----, -----BEGIN EC PRIVATE KEY----- or -----BEGIN PUBLIC KEY-----).");
        }
        catch (CryptographicException)
        {
            key.Dispose();
            throw new FormatException("its PEM block does not hold a readable EC key.");
        }
        if (key.ExportParameters(false).Curve.Oid?.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new FormatException("it is not on the P-256 curve (create one with `openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`).");
        }
        return key;
    }
}
