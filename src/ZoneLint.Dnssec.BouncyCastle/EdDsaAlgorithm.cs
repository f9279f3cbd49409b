using System.Globalization;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace ZoneLint.Dnssec.BouncyCastle;

/// <summary>
/// EdDSA for DNSSEC (RFC 8080): Ed25519 (algorithm 15) and Ed448 (16), pure EdDSA without context (RFC 8032 §5.1, §5.2).
/// The DNSKEY public key is the 32 (57) octet encoded point (RFC 8080 §3); the signature is 64 (114) octets (§4).
/// </summary>
internal sealed class EdDsaAlgorithm : IDnssecAlgorithm
{
    private readonly int keyLength;
    private readonly int signatureLength;
    private readonly bool ed448;

    private EdDsaAlgorithm(byte number, string name, int keyLength, int signatureLength, bool ed448)
    {
        Number = number;
        Name = name;
        this.keyLength = keyLength;
        this.signatureLength = signatureLength;
        this.ed448 = ed448;
    }

    // PERF: the sizes of RFC 8080 §3 and §4 written out, not read from BouncyCastle: registering the algorithms (every
    // start of the tool) then loads none of BouncyCastle, whose code is needed only when an EdDSA key is checked.
    public static EdDsaAlgorithm Ed25519Algorithm { get; } = new(15, "ED25519", keyLength: 32, signatureLength: 64, ed448: false);

    public static EdDsaAlgorithm Ed448Algorithm { get; } = new(16, "ED448", keyLength: 57, signatureLength: 114, ed448: true);

    public byte Number { get; }

    public string Name { get; }

    public IDnssecVerifier? CreateVerifier(ReadOnlySpan<byte> publicKey, out string? error)
    {
        if (publicKey.Length != keyLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"an {Name} key is {keyLength} octets (RFC 8080 §3), found {publicKey.Length}");
            return null;
        }

        // Decoding the point once per key, not per signature, is what makes a verifier worth caching.
        var key = publicKey.ToArray();
        if (ed448 ? !Ed448.ValidatePublicKeyFull(key, 0) : !Ed25519.ValidatePublicKeyFull(key, 0))
        {
            error = $"the octets are not a valid {Name} public key (not a point of the curve)";
            return null;
        }

        error = null;
        return ed448
            ? new Verifier(Ed448.ValidatePublicKeyFullExport(key, 0)!, null, signatureLength)
            : new Verifier(null, Ed25519.ValidatePublicKeyFullExport(key, 0)!, signatureLength);
    }

    private sealed class Verifier(Ed448.PublicPoint? ed448Key, Ed25519.PublicPoint? ed25519Key, int signatureLength) : IDnssecVerifier
    {
        private static readonly byte[] NoContext = [];

        public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
        {
            if (signature.Length != signatureLength)
            {
                return false;
            }

            var sig = signature.ToArray();
            var message = data.ToArray();
            return ed25519Key is not null
                ? Ed25519.Verify(sig, 0, ed25519Key, message, 0, message.Length)
                : Ed448.Verify(sig, 0, ed448Key!, NoContext, message, 0, message.Length);
        }

        public void Dispose()
        {
        }
    }
}
