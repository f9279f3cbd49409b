using ZoneLint.Dnssec;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>How CDS and CDNSKEY records relate to keys (RFC 7344 §3–§4, RFC 8078 §4), shared by ZL8121–ZL8123.</summary>
internal static class CdsMatching
{
    /// <summary>Whether a CDS describes <paramref name="key"/> at <paramref name="owner"/>; <see langword="null"/> when its digest type cannot be computed here.</summary>
    public static bool? Describes(CdsData cds, DomainName owner, DnssecKeyData key)
    {
        if (!DnssecDigests.CanDigest(cds.DigestType))
        {
            return null;
        }

        return cds.KeyTag == key.KeyTag
            && cds.Algorithm == key.Algorithm
            && DnssecDigests.DsDigest(owner, key, cds.DigestType) is { } digest
            && digest.AsSpan().SequenceEqual(cds.Digest.AsSpan());
    }

    /// <summary>Whether a CDNSKEY lists the same key as a DNSKEY: the same flags, protocol, algorithm and key.</summary>
    public static bool SameKey(DnssecKeyData a, DnssecKeyData b) =>
        a.Flags == b.Flags && a.Protocol == b.Protocol && a.Algorithm == b.Algorithm && a.PublicKey.AsSpan().SequenceEqual(b.PublicKey.AsSpan());

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
}
