using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules;

/// <summary>Questions rules ask of a zone through its indexes, shared so each is answered one way.</summary>
internal static class ZoneQueries
{
    /// <summary>The CNAME record at <paramref name="name"/>, when the name is an in-zone alias.</summary>
    public static ResourceRecord? FindAlias(Zone zone, DomainName name)
    {
        var cnames = zone.Get(name, RRType.CNAME);
        return cnames.Length > 0 ? cnames[0] : null;
    }

    /// <summary>Whether <paramref name="name"/> owns an A or AAAA record in the zone.</summary>
    public static bool HasAddress(Zone zone, DomainName name) =>
        zone.Find(name) is { } node && (node.Has(RRType.A) || node.Has(RRType.AAAA));

    /// <summary>The canonical name of an out-of-zone alias, when the caller's resolver knows it is one.</summary>
    public static DomainName? ExternalAlias(RuleContext context, DomainName name)
    {
        if (context.Resolver is null)
        {
            return null;
        }

        var answer = context.Resolver.Resolve(name, RRType.CNAME, context.CancellationToken);
        return answer.Status == ExternalAnswerStatus.Answered
            ? answer.Records.OfType<CNameData>().FirstOrDefault()?.Target
            : null;
    }

    /// <summary>Whether the records at a node are authoritative: not glue or occluded below a zone cut, not hidden by a DNAME.</summary>
    /// <remarks>PERF: a name the zone has a node for is answered from the node's ancestry, with one lookup instead of two.</remarks>
    public static bool IsAuthoritative(Zone zone, DomainName name, RRType type)
    {
        if (zone.Find(name) is not { } node)
        {
            return !zone.IsBelowZoneCut(name, type) && zone.FindDNameAbove(name) is null;
        }

        return IsAuthoritative(node, type);
    }

    /// <summary><see cref="IsAuthoritative(Zone, DomainName, RRType)"/> for a node the rule holds.</summary>
    /// <remarks>
    /// PERF: the node is not looked up again by its name. Rules that visit the nodes of a type asked this of each
    /// (every A owner for ZL1009, every MX, CNAME, SRV and NS owner for others): 900,000 lookups on the 1M-record zone,
    /// each hashing a name and probing a table of 850,000 names.
    /// </remarks>
    public static bool IsAuthoritative(ZoneNode node, RRType type)
    {
        var ancestry = node.Ancestry;
        // At the cut itself NS and DS (and their RRSIG and NSEC) are the delegation, not below it.
        return ancestry.DNameAbove == 0
            && (ancestry.HighestCut == 0
                || (ancestry.HighestCut == node.Id && (type == RRType.NS || type == RRType.DS || type == RRType.RRSIG || type == RRType.NSEC)));
    }

    /// <summary>
    /// Where <paramref name="name"/> lies as a target: in the zone's authoritative data, in a child zone (at or below a
    /// delegation point, where only glue is here), below a DNAME (redirected, RFC 6672 §2.3), or outside the zone.
    /// When a cut and a DNAME both lie above the name, the higher one decides. <paramref name="boundary"/> is the cut or DNAME owner.
    /// </summary>
    public static TargetScope GetScope(Zone zone, DomainName name, out DomainName? boundary)
    {
        boundary = null;
        var own = zone.FindInZone(name, out bool inZone);
        if (!inZone)
        {
            return TargetScope.OutOfZone;
        }

        return own is { } node ? ScopeOf(zone, node, out boundary) : ScopeByWalk(zone, name, out boundary);
    }

    /// <summary><see cref="GetScope"/> found by looking up each ancestor of <paramref name="name"/> up to the apex.</summary>
    internal static TargetScope ScopeByWalk(Zone zone, DomainName name, out DomainName? boundary)
    {
        boundary = null;
        var scope = TargetScope.Authoritative;
        var wire = name.Wire;
        int stop = wire.Length - zone.Origin.WireLength;

        // Deepest first up to the apex, so the last hit is the highest: a DNAME or cut above another one hides it.
        for (int offset = 0; offset <= stop; offset += wire[offset] + 1)
        {
            if (zone.Find(wire[offset..]) is not { IsEmptyNonTerminal: false } node)
            {
                continue;
            }

            // A DNAME redirects the names below its owner, not the owner itself.
            if (offset > 0 && node.Has(RRType.DNAME))
            {
                scope = TargetScope.BelowDName;
                boundary = node.Name;
            }

            // A delegation point's own addresses are the child's data too; a DNAME at a cut is occluded, so the cut wins.
            // The apex's NS records are the zone's own, not a cut.
            if (offset < stop && node.Has(RRType.NS))
            {
                scope = TargetScope.BelowCut;
                boundary = node.Name;
            }
        }

        return scope;
    }

    /// <summary>
    /// <see cref="GetScope"/> for a name the zone has a node for, from the ancestry the zone worked out for each node: the
    /// highest cut at or above it, and the DNAMEs strictly above it (the highest of them found through their own nodes);
    /// of the two the higher decides, the cut when they are at one name. Both name ancestors of one name, so the higher
    /// is the shorter.
    /// </summary>
    /// <remarks>PERF: one lookup instead of one per label up to the apex, each hashing a suffix of the name.</remarks>
    private static TargetScope ScopeOf(Zone zone, ZoneNode node, out DomainName? boundary)
    {
        var ancestry = node.Ancestry;
        int dname = ancestry.DNameAbove;
        while (dname != 0 && zone.AncestryOf(dname).DNameAbove is var higher and not 0)
        {
            dname = higher;
        }

        int cut = ancestry.HighestCut;
        if (dname != 0 && (cut == 0 || zone.NameOf(dname).WireLength < zone.NameOf(cut).WireLength))
        {
            boundary = zone.NameOf(dname);
            return TargetScope.BelowDName;
        }

        boundary = cut == 0 ? null : zone.NameOf(cut);
        return cut == 0 ? TargetScope.Authoritative : TargetScope.BelowCut;
    }

    /// <summary>
    /// The node that answers queries for <paramref name="name"/> in the zone's authoritative data: the name's own node
    /// (an empty non-terminal included), or the wildcard <c>*.&lt;closest encloser&gt;</c> that matches it (RFC 4592 §3.3.1),
    /// or <see langword="null"/> when the name does not exist.
    /// </summary>
    public static ZoneNode? Lookup(Zone zone, DomainName name)
    {
        if (zone.Find(name) is { } exact)
        {
            return exact;
        }

        if (!zone.Contains(name) || name.Equals(zone.Origin))
        {
            return null;
        }

        var wire = name.Wire;
        int stop = wire.Length - zone.Origin.WireLength;
        for (int offset = wire[0] + 1; offset <= stop; offset += wire[offset] + 1)
        {
            var ancestor = wire[offset..];
            if (zone.Find(ancestor) is null)
            {
                continue;
            }

            // The closest encloser: only its wildcard child can match (RFC 4592 §3.3.1).
            Span<byte> wildcard = stackalloc byte[DomainName.MaxWireLength];
            wildcard[0] = 1;
            wildcard[1] = (byte)'*';
            ancestor.CopyTo(wildcard[2..]);
            return zone.Find(wildcard[..(ancestor.Length + 2)]);
        }

        return null;
    }

    /// <summary>
    /// Whether a target host has addresses, looking in the zone's authoritative data (wildcards included), at glue for
    /// names in a child zone, and otherwise asking the caller's resolver (if any).
    /// </summary>
    public static AddressStatus CheckAddress(RuleContext context, DomainName name)
    {
        var zone = context.Zone;
        switch (GetScope(zone, name, out _))
        {
            case TargetScope.Authoritative:
                if (Lookup(zone, name) is not { } node)
                {
                    return AddressStatus.DoesNotExist;
                }

                if (node.Has(RRType.CNAME))
                {
                    return AddressStatus.Alias;
                }

                return node.Has(RRType.A) || node.Has(RRType.AAAA) ? AddressStatus.HasAddress : AddressStatus.NoAddress;

            case TargetScope.BelowDName:
                // Redirected: the answer depends on the DNAME's target; ZL4011 reports the target itself.
                return AddressStatus.Unknown;

            case TargetScope.BelowCut when HasAddress(zone, name):
                // Glue: the child zone is expected to serve the same addresses.
                return AddressStatus.HasAddress;

            default:
                return AskResolverForAddress(context, name);
        }
    }

    private static AddressStatus AskResolverForAddress(RuleContext context, DomainName name)
    {
        if (context.Resolver is null)
        {
            return AddressStatus.Unknown;
        }

        bool noData = true;
        foreach (var type in (ReadOnlySpan<RRType>)[RRType.A, RRType.AAAA])
        {
            var answer = context.Resolver.Resolve(name, type, context.CancellationToken);
            switch (answer.Status)
            {
                case ExternalAnswerStatus.NameDoesNotExist:
                    return AddressStatus.DoesNotExist;
                case ExternalAnswerStatus.Unknown:
                    noData = false;
                    break;
                case ExternalAnswerStatus.Answered:
                    if (answer.Records.Any(r => r is CNameData))
                    {
                        return AddressStatus.Alias;
                    }

                    if (answer.Records.Count > 0)
                    {
                        return AddressStatus.HasAddress;
                    }

                    break;
            }
        }

        return noData ? AddressStatus.NoAddress : AddressStatus.Unknown;
    }

    /// <summary>
    /// The alias <paramref name="name"/> is, if it is one: the in-zone CNAME record that answers for it (a wildcard CNAME
    /// included), or, for names outside the zone's authoritative data, the canonical name the caller's resolver reports.
    /// </summary>
    public static bool TryFindAlias(RuleContext context, DomainName name, out ResourceRecord? record, out DomainName? target)
    {
        record = null;
        target = null;
        var zone = context.Zone;
        switch (GetScope(zone, name, out _))
        {
            case TargetScope.Authoritative:
                if (Lookup(zone, name) is { } node && node.Get(RRType.CNAME) is [{ Data: CNameData alias } cname, ..])
                {
                    record = cname;
                    target = alias.Target;
                }

                break;
            case TargetScope.BelowCut:
            case TargetScope.OutOfZone:
                target = ExternalAlias(context, name);
                break;
        }

        return target is not null;
    }

    /// <summary>
    /// Whether a TXT (or SPF) record is an SPF record: its strings joined without separators (RFC 7208 §3.3) begin with a
    /// version section of exactly <c>v=spf1</c>, ended by a space or the end of the record (RFC 7208 §4.5).
    /// ABNF literals are case-insensitive (RFC 5234 §2.3), so <c>V=SPF1</c> counts too.
    /// </summary>
    public static bool IsSpfRecord(CharacterStringsData data, out string text)
    {
        text = data.JoinedText;
        return text.StartsWith("v=spf1", StringComparison.OrdinalIgnoreCase) && (text.Length == 6 || text[6] == ' ');
    }

    /// <summary>
    /// <paramref name="records"/> with each RDATA once, the first copy kept, in order: exact copies are one record in an
    /// RRset (RFC 2181 §5), which ZL7001 reports.
    /// </summary>
    /// <remarks>
    /// PERF: hashed past a few records. Compared pairwise, a hostile RRset at one owner was quadratic: 200,000 SPF TXT
    /// records took minutes in ZL2001, 10,000 CNAMEs a second in ZL4002.
    /// </remarks>
    public static List<ResourceRecord> DistinctByData(ReadOnlySpan<ResourceRecord> records)
    {
        var distinct = new List<ResourceRecord>(records.Length);
        var seen = records.Length > 8 ? new HashSet<RecordData>(records.Length) : null;
        foreach (var record in records)
        {
            if (seen is not null ? seen.Add(record.Data) : !distinct.Exists(r => r.Data.Equals(record.Data)))
            {
                distinct.Add(record);
            }
        }

        return distinct;
    }
}

/// <summary>Where a target name lies relative to the zone's authoritative data.</summary>
internal enum TargetScope
{
    /// <summary>At or below the apex and above any cut or DNAME: the zone holds the whole truth about it.</summary>
    Authoritative,

    /// <summary>At or below a delegation point: a child zone holds its data; only glue is here.</summary>
    BelowCut,

    /// <summary>Below a DNAME: queries for it are redirected (RFC 6672).</summary>
    BelowDName,

    /// <summary>Outside the zone.</summary>
    OutOfZone,
}

/// <summary>What is known about a target host's addresses.</summary>
internal enum AddressStatus
{
    /// <summary>It has A or AAAA records (or glue).</summary>
    HasAddress,

    /// <summary>It exists but has no A or AAAA records.</summary>
    NoAddress,

    /// <summary>It does not exist.</summary>
    DoesNotExist,

    /// <summary>It is an alias; the alias rules report that.</summary>
    Alias,

    /// <summary>Nothing is known: outside the zone with no resolver, below a DNAME, or the resolver could not tell.</summary>
    Unknown,
}
