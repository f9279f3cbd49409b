using System.Globalization;
using System.Security.Cryptography;

namespace ZoneLint.Dnssec;

/// <summary>
/// RSA with PKCS #1 v1.5 signatures: RSA/SHA-1 (5, RFC 3110; 7, RFC 5155), RSA/SHA-256 (8) and RSA/SHA-512 (10, RFC 5702).
/// The DNSKEY public key is RFC 3110 §2: an exponent length (one octet, or a zero octet and two octets), the exponent,
/// then the modulus; the signature is as long as the modulus.
/// </summary>
internal sealed class RsaAlgorithm(byte number, string name, HashAlgorithmName hash) : IDnssecAlgorithm
{
    /// <summary>The longest public exponent a key may have to verify signatures: BIND's <c>RSA_MAX_PUBEXP_BITS</c>.</summary>
    internal const int MaxExponentBits = 35;

    public byte Number { get; } = number;

    public string Name { get; } = name;

    public IDnssecVerifier? CreateVerifier(ReadOnlySpan<byte> publicKey, out string? error)
    {
        if (!TryReadKey(publicKey, out var exponent, out var modulus, out error))
        {
            return null;
        }

        // SECURITY: a long exponent makes every verification cost what signing does (a 3,072-bit one: 4.5 ms a signature,
        // 22 s for 5,000), and serves no other end; BIND's validators refuse exponents over 35 bits for that reason.
        long exponentBits = (exponent.Length * 8L) - byte.LeadingZeroCount(exponent[0]);
        if (exponentBits > MaxExponentBits)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"its public exponent is {exponentBits:N0} bits long; BIND's validators refuse RSA exponents over {MaxExponentBits} bits, so its signatures are not verified here either (keys use 65537 or 3)");
            return null;
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(new RSAParameters { Exponent = exponent.ToArray(), Modulus = modulus.ToArray() });
        }
        catch (CryptographicException e)
        {
            rsa.Dispose();
            error = "the RSA key cannot be used: " + e.Message;
            return null;
        }

        return new Verifier(rsa, modulus.Length, hash);
    }

    /// <summary>Splits an RFC 3110 §2 key into exponent and modulus, leading zero octets dropped.</summary>
    internal static bool TryReadKey(ReadOnlySpan<byte> key, out ReadOnlySpan<byte> exponent, out ReadOnlySpan<byte> modulus, out string? error)
    {
        exponent = default;
        modulus = default;
        error = null;
        int offset = 1;
        int length = key.IsEmpty ? 0 : key[0];
        if (length == 0 && key.Length >= 3)
        {
            length = (key[1] << 8) | key[2];
            offset = 3;
        }

        if (length == 0 || key.Length <= offset + length)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"the {key.Length}-octet RSA key is too short for its exponent length and a modulus (RFC 3110 §2)");
            return false;
        }

        exponent = key.Slice(offset, length).TrimStart((byte)0);
        modulus = key[(offset + length)..].TrimStart((byte)0);
        if (exponent.IsEmpty || modulus.IsEmpty)
        {
            error = "the RSA key has a zero exponent or modulus";
            return false;
        }

        return true;
    }

    private sealed class Verifier(RSA rsa, int modulusLength, HashAlgorithmName hash) : IDnssecVerifier
    {
        public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
        {
            if (signature.Length > modulusLength)
            {
                return false;
            }

            if (signature.Length < modulusLength)
            {
                // A signature with leading zero octets dropped is the same integer (RFC 3110 §3 says the length matches the modulus).
                Span<byte> padded = stackalloc byte[modulusLength];
                padded.Clear();
                signature.CopyTo(padded[(modulusLength - signature.Length)..]);
                return rsa.VerifyData(data, padded, hash, RSASignaturePadding.Pkcs1);
            }

            return rsa.VerifyData(data, signature, hash, RSASignaturePadding.Pkcs1);
        }

        public void Dispose() => rsa.Dispose();
    }
}
