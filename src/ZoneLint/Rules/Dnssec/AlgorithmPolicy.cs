using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// What RFC 8624 §3.1 and §3.3 say of signing algorithms and DS digest types, for zone operators (the "signing" and
/// "DNSSEC delegation" columns): <see cref="Policy.MustNot"/> for the ones that must not be used, and
/// <see cref="Policy.NotRecommended"/> for those still validated but on their way out.
/// </summary>
internal static class AlgorithmPolicy
{
    public enum Policy
    {
        Fine,
        NotRecommended,
        MustNot,
    }

    /// <summary>RFC 8624 §3.1, signing: RSAMD5, DSA, DSA-NSEC3-SHA1 and ECC-GOST MUST NOT; RSASHA1 and RSASHA1-NSEC3-SHA1 NOT RECOMMENDED.</summary>
    public static Policy ForAlgorithm(byte algorithm) => algorithm switch
    {
        1 or 3 or 6 or 12 => Policy.MustNot,
        5 or 7 => Policy.NotRecommended,
        _ => Policy.Fine,
    };

    /// <summary>RFC 8624 §3.3, DNSSEC delegation: SHA-1 and GOST R 34.11-94 MUST NOT (SHA-1 is still validated, GOST only MAY be).</summary>
    public static Policy ForDigest(byte digestType) => digestType switch
    {
        3 => Policy.MustNot,
        1 => Policy.NotRecommended,
        _ => Policy.Fine,
    };

    /// <summary>
    /// The algorithm of a KEY record (RFC 2535 §3.1, the DNSKEY layout: flags, protocol, algorithm, key), which has no
    /// typed class here: read from the presentation tokens or the RFC 3597 octets.
    /// </summary>
    public static byte? KeyAlgorithm(RecordData data)
    {
        switch (data)
        {
            case DnssecKeyData key:
                return key.Algorithm;
            case KeyData key:
                return key.Algorithm;
            default:
                return null;
        }
    }
}
