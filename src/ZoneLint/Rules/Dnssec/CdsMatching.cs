using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>How CDS and CDNSKEY records relate to keys (RFC 7344 §3–§4, RFC 8078 §4), shared by ZL8121–ZL8123.</summary>
internal static class CdsMatching
{
    /// <summary>Whether a CDNSKEY lists the same key as a DNSKEY: the same flags, protocol, algorithm and key.</summary>
    public static bool SameKey(DnssecKeyData a, DnssecKeyData b) =>
        a.Flags == b.Flags && a.Protocol == b.Protocol && a.Algorithm == b.Algorithm && a.PublicKey.AsSpan().SequenceEqual(b.PublicKey.AsSpan());

    /// <summary>Keys, DNSKEY or CDNSKEY, compared as <see cref="SameKey"/> compares them, for sets of keys.</summary>
    /// <remarks>
    /// SECURITY: CDNSKEY records are looked for among the keys through a set, not compared with each key in turn:
    /// 20,000 DNSKEYs and 20,000 CDNSKEYs listing none of them (15 MB) were 4 x 10^8 comparisons, 7.5 s.
    /// </remarks>
    public sealed class KeyComparer : IEqualityComparer<DnssecKeyData>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(DnssecKeyData? x, DnssecKeyData? y) => ReferenceEquals(x, y) || (x is not null && y is not null && SameKey(x, y));

        public int GetHashCode(DnssecKeyData obj)
        {
            var hash = new HashCode();
            hash.Add(obj.Flags);
            hash.Add(obj.Protocol);
            hash.Add(obj.Algorithm);
            hash.AddBytes(obj.PublicKey.AsSpan());
            return hash.ToHashCode();
        }
    }

    /// <summary>Whether any record of the RRset is a delete request (RFC 8078 §4).</summary>
    public static bool HasDelete(ReadOnlySpan<ResourceRecord> rrset)
    {
        foreach (var r in rrset)
        {
            if (r.Data is CdsData { IsDeleteRequest: true } or CdnskeyData { IsDeleteRequest: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a CDS states, as text: key tag, algorithm, digest type and digest. Equal to <see cref="Statement(DomainName, DnssecKeyData, byte)"/>
    /// exactly when the CDS describes that key; <see langword="null"/> when its digest type cannot be computed here.
    /// </summary>
    /// <remarks>
    /// SECURITY: CDS records and keys are matched through sets of these, not pair by pair: a CDS names its key by tag and
    /// algorithm, which keys can be made to share, and 10,000 such keys with 10,000 CDS records (4.5 MB) were 10^8
    /// digests, minutes.
    /// </remarks>
    public static string? Statement(CdsData cds) =>
        DnssecDigests.CanDigest(cds.DigestType) ? Statement(cds.KeyTag, cds.Algorithm, cds.DigestType, cds.Digest.AsSpan()) : null;

    /// <summary>What a CDS describing <paramref name="key"/> at <paramref name="owner"/> with <paramref name="digestType"/> states (see <see cref="Statement(CdsData)"/>).</summary>
    public static string? Statement(DomainName owner, DnssecKeyData key, byte digestType) =>
        DnssecDigests.DsDigest(owner, key, digestType) is { } digest ? Statement(key.KeyTag, key.Algorithm, digestType, digest) : null;

    /// <summary>The statements of CDS records describing each of <paramref name="keys"/> with each of <paramref name="digestTypes"/>.</summary>
    public static HashSet<string> Statements(DomainName owner, IEnumerable<DnssecKeyData> keys, IReadOnlyCollection<byte> digestTypes)
    {
        var statements = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            foreach (byte type in digestTypes)
            {
                if (Statement(owner, key, type) is { } statement)
                {
                    statements.Add(statement);
                }
            }
        }

        return statements;
    }

    private static string Statement(ushort keyTag, byte algorithm, byte digestType, ReadOnlySpan<byte> digest) =>
        string.Create(CultureInfo.InvariantCulture, $"{keyTag} {algorithm} {digestType} {Convert.ToHexString(digest)}");
}
