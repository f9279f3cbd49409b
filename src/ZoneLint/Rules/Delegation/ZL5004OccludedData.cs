using System.Collections;
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

        var servers = ServerNodes(zone);
        // PERF: only the nodes the zone found at or below a cut when it worked out their ancestry, not every node.
        foreach (var node in zone.NodesAtOrBelowCuts)
        {
            var ancestry = node.Ancestry;
            if (ancestry.HighestCut == 0 || ancestry.DNameAbove != 0 || node.IsEmptyNonTerminal)
            {
                continue; // Data below a DNAME is ZL4010's.
            }

            bool atCut = ancestry.HighestCut == node.Id;
            bool isServer = servers[node.Id - zone.MinNodeId];
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

                context.Report(records[i], type, node.Name, zone.NameOf(ancestry.HighestCut));
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

    /// <summary>The nodes of every name the apex or a real delegation names as a name server: where glue may be.</summary>
    /// <remarks>
    /// PERF: read from the nodes that own NS and their ancestry, and kept as one bit per node number, not names: a set
    /// of names hashed and compared the names of 100,000 servers and of every node below a cut, and a set of numbers
    /// was 1.3 MB where the bits are 0.1 MB (1M-record zone).
    /// </remarks>
    private static BitArray ServerNodes(Zone zone)
    {
        var owners = zone.NodesWith(RRType.NS, NodeReads.Targets);
        var nodes = new BitArray(zone.MaxNodeId - zone.MinNodeId + 1);
        foreach (var node in owners)
        {
            // A real delegation: the highest cut (no cut above it), with no DNAME above it redirecting its names.
            if (node.IsApex || StructureQueries.IsDelegation(zone, node))
            {
                foreach (var record in node.Get(RRType.NS))
                {
                    if (zone.Find(((NsData)record.Data).Target) is { } server)
                    {
                        nodes[server.Id - zone.MinNodeId] = true;
                    }
                }
            }
        }

        return nodes;
    }
}
