using System.Globalization;
using System.Security.Cryptography;

namespace ZoneLint.Dnssec;

/// <summary>
/// ECDSA (RFC 6605): P-256 with SHA-256 (13) and P-384 with SHA-384 (14). The DNSKEY public key is the point's x and y
/// coordinates, 32 (48) octets each (§4); the signature is r then s, each 32 (48) octets — the IEEE P1363 fixed-field
/// form, which is what .NET's <see cref="DSASignatureFormat.IeeeP1363FixedFieldConcatenation"/> reads.
/// </summary>
internal sealed class EcdsaAlgorithm(byte number, string name, ECCurve curve, int fieldLength, HashAlgorithmName hash) : IDnssecAlgorithm
{
    public static readonly EcdsaAlgorithm P256 = new(13, "ECDSAP256SHA256", ECCurve.NamedCurves.nistP256, 32, HashAlgorithmName.SHA256);

    public static readonly EcdsaAlgorithm P384 = new(14, "ECDSAP384SHA384", ECCurve.NamedCurves.nistP384, 48, HashAlgorithmName.SHA384);

    public byte Number { get; } = number;

    public string Name { get; } = name;

    public IDnssecVerifier? CreateVerifier(ReadOnlySpan<byte> publicKey, out string? error)
    {
        if (publicKey.Length != 2 * fieldLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"an {Name} key is {2 * fieldLength} octets (x and y, RFC 6605 §4), found {publicKey.Length}");
            return null;
        }

        try
        {
            var parameters = new ECParameters
            {
                Curve = curve,
                Q = new ECPoint { X = publicKey[..fieldLength].ToArray(), Y = publicKey[fieldLength..].ToArray() },
            };
            error = null;
            return new Verifier(ECDsa.Create(parameters), hash);
        }
        catch (CryptographicException e)
        {
            error = "the key is not a point on the curve: " + e.Message;
            return null;
        }
    }

    private sealed class Verifier(ECDsa ecdsa, HashAlgorithmName hash) : IDnssecVerifier
    {
        public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
            ecdsa.VerifyData(data, signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        public void Dispose() => ecdsa.Dispose();
    }
}
