using ZoneLint.Engine;

namespace ZoneLint.Dnssec.BouncyCastle;

/// <summary>
/// The DNSSEC signature algorithms .NET's base library lacks, on BouncyCastle: Ed25519 (15) and Ed448 (16), RFC 8080.
/// Register them with <see cref="UseBouncyCastleDnssec"/>; without them, ZoneLint reports such signatures as not
/// checked (ZL8103) rather than failed.
/// </summary>
public static class BouncyCastleDnssec
{
    /// <summary>Ed25519, DNSSEC algorithm 15 (RFC 8080).</summary>
    public static IDnssecAlgorithm Ed25519 => EdDsaAlgorithm.Ed25519Algorithm;

    /// <summary>Ed448, DNSSEC algorithm 16 (RFC 8080).</summary>
    public static IDnssecAlgorithm Ed448 => EdDsaAlgorithm.Ed448Algorithm;

    /// <summary>Lets the linter verify Ed25519 and Ed448 signatures.</summary>
    public static ZoneLinterBuilder UseBouncyCastleDnssec(this ZoneLinterBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseDnssecAlgorithm(Ed25519).UseDnssecAlgorithm(Ed448);
    }
}
