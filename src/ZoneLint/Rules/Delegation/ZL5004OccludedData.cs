using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Delegation;

/// <summary>
/// Below a zone cut only glue belongs: "Information present outside of the authoritative nodes in the zone should be
/// glue information, rather than the result of an origin or similar error" (RFC 1035 §5.2; RFC 1034 §4.2.1). Anything
/// else there is occluded: the server answers with a referral and never serves it.
/// </summary>
/// <remarks>
/// Glue is an A or AAAA RRset at a name that the apex or some delegation names as a name server, so the address of a
/// sibling delegation's server is glue too. At the cut itself NS, DS, RRSIG and NSEC belong to the parent. DS elsewhere is
/// ZL5006's and SOA elsewhere ZL6001's, so they are not repeated here.
/// </remarks>
[ZoneRule("ZL5004", "Data below a delegation point", "{0} data at '{1}' is below the delegation '{2}' and is not glue: it is occluded and never served", RuleCategories.Delegation, DiagnosticSeverity.Warning)]
internal sealed class ZL5004OccludedData : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.Delegations.Count == 0)
        {
            return;
        }

        var serverNames = ServerNames(zone);
        foreach (var node in zone.Nodes)
        {
            // PERF: the node's ancestry, worked out once by the zone, rather than a lookup of each ancestor per node; and
            // the node's own fields first, so that the name of a node outside every delegation (most of them) is not read.
            if (node.HighestCut is not { } cut || node.IsEmptyNonTerminal || node.DNameAbove is not null || !zone.Contains(node.Name))
            {
                continue; // Data below a DNAME is ZL4010's.
            }

            bool atCut = cut.Equals(node.Name);
            bool isServer = serverNames.Contains(node.Name);
            var records = node.RecordSpan;
            for (int i = 0; i < records.Length; i++)
            {
                // Records are grouped by type: report each RRset once, at its first record.
                var type = records[i].Type;
                if (i > 0 && records[i - 1].Type == type)
                {
                    continue;
                }

                if (IsAllowed(type, atCut, isServer))
                {
                    continue;
                }

                context.Report(records[i], type, node.Name, cut);
            }
        }
    }

    private static bool IsAllowed(RRType type, bool atCut, bool isServer)
    {
        if (type == RRType.DS || type == RRType.SOA)
        {
            return true; // Reported by ZL5006 and ZL6001.
        }

        if (type == RRType.A || type == RRType.AAAA)
        {
            return isServer;
        }

        return atCut && (type == RRType.NS || type == RRType.RRSIG || type == RRType.NSEC);
    }

    /// <summary>Every name the apex or a real delegation names as a name server: where glue may be.</summary>
    private static HashSet<DomainName> ServerNames(Zone zone)
    {
        var names = new HashSet<DomainName>(NameComparer.Instance);
        Add(names, zone.Get(zone.Origin, RRType.NS));
        foreach (var delegation in zone.Delegations)
        {
            if (StructureQueries.IsDelegation(zone, delegation))
            {
                Add(names, zone.Get(delegation, RRType.NS));
            }
        }

        return names;
    }

    private static void Add(HashSet<DomainName> names, ReadOnlySpan<ResourceRecord> ns)
    {
        foreach (var record in ns)
        {
            names.Add(((NsData)record.Data).Target);
        }
    }
}
