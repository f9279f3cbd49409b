using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Dnssec;

/// <summary>Where a name sits in a zone, as DNSSEC sees it (RFC 4035 §2.2, RFC 1034 §4.2.1, RFC 6672 §2.3).</summary>
internal enum NodeRole
{
    /// <summary>Authoritative data: the apex or a name below it that no zone cut or DNAME hides.</summary>
    Authoritative,

    /// <summary>A delegation point: its NS (and glue) belong to the child; its DS and NSEC are the parent's, and signed.</summary>
    Delegation,

    /// <summary>Below a zone cut (glue or occluded data) or below a DNAME: not authoritative, never signed.</summary>
    NotAuthoritative,

    /// <summary>Outside the zone.</summary>
    OutOfZone,
}

/// <summary>DNSSEC questions about a zone, answered the same way for every DNSSEC rule.</summary>
internal static class DnssecZone
{
    /// <summary>The role of <paramref name="name"/>: authoritative, delegation point, or not authoritative.</summary>
    public static NodeRole Role(Zone zone, DomainName name)
    {
        if (!zone.Contains(name))
        {
            return NodeRole.OutOfZone;
        }

        if (zone.FindDNameAbove(name) is not null)
        {
            return NodeRole.NotAuthoritative;
        }

        var cut = zone.FindDelegation(name);
        return cut is null ? NodeRole.Authoritative : cut.Equals(name) ? NodeRole.Delegation : NodeRole.NotAuthoritative;
    }

    /// <summary>
    /// Whether an RRset of <paramref name="type"/> at a name with <paramref name="role"/> must be signed: every authoritative
    /// RRset, and DS and NSEC at a delegation point; never NS at a delegation point, glue, or RRSIG itself (RFC 4035 §2.2).
    /// </summary>
    public static bool IsSigned(NodeRole role, RRType type) => role switch
    {
        NodeRole.Authoritative => type != RRType.RRSIG,
        NodeRole.Delegation => type == RRType.DS || type == RRType.NSEC,
        _ => false,
    };

    /// <summary>
    /// Whether a name must appear in the zone's NSEC or NSEC3 chain (RFC 4035 §2.3, RFC 5155 §7.1): it is a delegation
    /// point, or it owns authoritative data other than the chain's own records and their signatures.
    /// </summary>
    public static bool IsChainMember(ZoneNode node, NodeRole role)
    {
        if (role == NodeRole.Delegation)
        {
            return true;
        }

        if (role != NodeRole.Authoritative)
        {
            return false;
        }

        foreach (var r in node.Records)
        {
            if (r.Type != RRType.RRSIG && r.Type != RRType.NSEC && r.Type != RRType.NSEC3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The types an NSEC or NSEC3 bit map must list for a chain member (RFC 4034 §4.1.2, RFC 5155 §3.2.1).</summary>
    /// <param name="node">The original owner's node.</param>
    /// <param name="role">Its role; at a delegation point only NS, DS, RRSIG and NSEC are the parent's.</param>
    /// <param name="nsec3">Whether the bit map is an NSEC3's: NSEC3 records live at hashed owners, so neither NSEC nor NSEC3 counts.</param>
    public static SortedSet<ushort> ExpectedTypes(ZoneNode node, NodeRole role, bool nsec3)
    {
        var types = new SortedSet<ushort>();
        foreach (var type in node.Types)
        {
            if (nsec3 && (type == RRType.NSEC || type == RRType.NSEC3))
            {
                continue;
            }

            if (role == NodeRole.Delegation && !(type == RRType.NS || type == RRType.DS || type == RRType.RRSIG || type == RRType.NSEC))
            {
                continue;
            }

            types.Add(type.Value);
        }

        return types;
    }

    /// <summary>The apex DNSKEY RRset.</summary>
    public static ReadOnlySpan<ResourceRecord> ApexKeys(Zone zone) => zone.Get(zone.Origin, RRType.DNSKEY);

    /// <summary>Whether any RRSIG record is in the zone.</summary>
    public static bool HasSignatures(Zone zone) => zone.NodesWith(RRType.RRSIG).Length > 0;

    /// <summary>Whether the zone is DNSSEC-signed: it has signatures. A zone that only publishes keys is reported once (ZL8101).</summary>
    public static bool IsSigned(Zone zone) => HasSignatures(zone);

    /// <summary>Whether <paramref name="rrset"/> holds RDATA whose wire form is not known (kept as text), so it cannot be put in canonical form.</summary>
    public static bool HasUntypedData(ReadOnlySpan<ResourceRecord> rrset)
    {
        foreach (var r in rrset)
        {
            if (r.Data is UnparsedData)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The RRSIG records at <paramref name="node"/> covering <paramref name="type"/>.</summary>
    public static List<ResourceRecord> SignaturesFor(ZoneNode node, RRType type)
    {
        var list = new List<ResourceRecord>(1);
        foreach (var r in node.Get(RRType.RRSIG))
        {
            if (r.Data is RrsigData sig && sig.TypeCovered == type)
            {
                list.Add(r);
            }
        }

        return list;
    }

    /// <summary>The record read first, so a finding's place does not depend on hash order.</summary>
    public static ResourceRecord Earlier(ResourceRecord a, ResourceRecord b)
    {
        int c = string.CompareOrdinal(a.Location.File, b.Location.File);
        if (c == 0)
        {
            c = a.Location.Line.CompareTo(b.Location.Line);
        }

        if (c == 0)
        {
            c = a.Location.Column.CompareTo(b.Location.Column);
        }

        return c <= 0 ? a : b;
    }

    /// <summary>The first of a node's records in file order: where a finding about the name as a whole goes.</summary>
    public static ResourceRecord FirstInFile(ZoneNode node) => node.Records.Aggregate(Earlier);

    /// <summary>Formats a list of type numbers as mnemonics: <c>A, RRSIG, NSEC</c>.</summary>
    public static string FormatTypes(IEnumerable<ushort> types) => string.Join(" ", types.Select(t => new RRType(t).ToString()));

    /// <summary>A time for messages: <c>2025-06-30 04:20:51 UTC</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
