using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Delegation;

/// <summary>
/// A zone that publishes IPv4 (A) or IPv6 (AAAA) addresses is most useful when resolvers of that family can reach one of
/// its name servers. RFC 3901 §3 recommends that "every DNS zone SHOULD be served by at least one IPv4-reachable
/// authoritative name server": a zone served only over IPv6 is out of reach of IPv4-only resolvers, and one served only
/// over IPv4 of IPv6-only ones. BIND's named-checkzone warns "zone has A records but is not served by IPv4 servers"
/// (and the AAAA/IPv6 form); like BIND, the rule counts every address record in the zone, glue included.
/// </summary>
/// <remarks>
/// The apex name servers' addresses come from the zone (authoritative data or glue) or, for servers outside the zone,
/// from the caller's resolver; when any server's addresses cannot be known the rule stays silent. A server in the zone
/// with no address at all is ZL5003's finding and also keeps this rule silent.
/// </remarks>
[ZoneRule("ZL5007", "Zone has addresses of a family none of its name servers has", "the zone has {0} records (such as '{1}') but none of its name servers has an {2} address: {2}-only resolvers cannot reach it; give a name server an {0} record", RuleCategories.Delegation, DiagnosticSeverity.Info)]
internal sealed class ZL5007NoNameServerForAddressFamily : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.Apex is not { } apex)
        {
            return;
        }

        var nameServers = apex.Get(RRType.NS);
        if (nameServers.Length == 0)
        {
            return;
        }

        bool hasA = zone.NodesWith(RRType.A).Length > 0;
        bool hasAaaa = zone.NodesWith(RRType.AAAA).Length > 0;
        if (!hasA && !hasAaaa)
        {
            return;
        }

        bool v4 = false, v6 = false;
        var lookup = new NameLookup(context);
        foreach (var record in nameServers)
        {
            if (record.Data is not Model.Records.NsData { Target: var server })
            {
                continue;
            }

            if (zone.Contains(server) && zone.Find(server) is { } node && (node.Has(RRType.A) || node.Has(RRType.AAAA)))
            {
                v4 |= node.Has(RRType.A);
                v6 |= node.Has(RRType.AAAA);
                continue;
            }

            if (zone.Contains(server) && ZoneQueries.IsAuthoritative(zone, server, RRType.A))
            {
                // In the zone's own data with no address: ZL5003 reports it; the families cannot be judged.
                return;
            }

            var a = lookup.Query(server, RRType.A);
            var aaaa = lookup.Query(server, RRType.AAAA);
            if (a.Status == LookupStatus.Unknown || aaaa.Status == LookupStatus.Unknown)
            {
                return;
            }

            v4 |= a.Status == LookupStatus.Answered;
            v6 |= aaaa.Status == LookupStatus.Answered;
        }

        // PERF: the example is looked for only when there is a finding to name it in; scanning every address record for
        // it up front was half of the rule's time on a zone whose servers have both families.
        var at = StructureQueries.FirstInFile(apex.Records.Where(r => r.Type == RRType.NS).ToList());
        if (hasA && !v4 && First(zone, RRType.A) is { } firstA)
        {
            context.Report(at, [firstA], "A", firstA.Owner, "IPv4");
        }

        if (hasAaaa && !v6 && First(zone, RRType.AAAA) is { } firstAaaa)
        {
            context.Report(at, [firstAaaa], "AAAA", firstAaaa.Owner, "IPv6");
        }
    }

    /// <summary>The record of <paramref name="type"/> that comes first in the file, so the example named is stable.</summary>
    private static ResourceRecord? First(Zone zone, RRType type)
    {
        ResourceRecord? best = null;
        foreach (var node in zone.NodesWith(type))
        {
            best = Earlier(best, node.Get(type));
        }

        return best;
    }

    private static ResourceRecord? Earlier(ResourceRecord? best, ReadOnlySpan<ResourceRecord> records)
    {
        foreach (var r in records)
        {
            if (best is not { } b || r.Location.Line < b.Location.Line || (r.Location.Line == b.Location.Line && r.Location.Column < b.Location.Column))
            {
                best = r;
            }
        }

        return best;
    }
}
