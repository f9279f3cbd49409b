using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Delegation;

/// <summary>
/// An in-zone name server needs an address in the zone. Below a cut the address is glue: "a zone contains 'glue' RRs
/// which are not part of the authoritative data, and are address RRs for the servers. These RRs are only necessary if
/// the name server's name is 'below' the cut" (RFC 1034 §4.2.1); "If delegations are present and glue information is
/// required, it should be present" (RFC 1035 §5.2). Checked for the apex NS too, whose in-zone targets must own an address.
/// </summary>
/// <remarks>
/// Silent about: targets outside the zone; a delegation's target below another (sibling) delegation, which resolvers
/// find through that delegation; targets that are aliases (ZL4007) or below a DNAME (ZL4011).
/// </remarks>
[ZoneRule("ZL5003", "In-zone name server has no address", "name server '{0}' of '{1}' {2}", RuleCategories.Delegation, DiagnosticSeverity.Error)]
internal sealed class ZL5003MissingGlue() : NodeRule(RRType.NS, NodeReads.Targets)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var zone = context.Zone;
        var ns = node.Get(RRType.NS);
        if (ns.Length == 0)
        {
            return;
        }

        bool apex = node.IsApex;
        if (!apex && !StructureQueries.IsDelegation(zone, node))
        {
            return;
        }

        foreach (var record in ns)
        {
            var target = ((NsData)record.Data).Target;
            if (!zone.Contains(target) || ZoneQueries.HasAddress(zone, target))
            {
                continue;
            }

            string? problem = Problem(zone, node.Name, apex, target);
            if (problem is not null)
            {
                context.Report(record, target, node.Name, problem);
            }
        }
    }

    private static string? Problem(Zone zone, DomainName owner, bool apex, DomainName target)
    {
        if (ZoneQueries.FindAlias(zone, target) is not null || zone.FindDNameAbove(target) is not null)
        {
            return null;
        }

        if (!apex && target.IsSubdomainOf(owner))
        {
            return "lies at or below the delegation but has no glue A or AAAA record: resolvers cannot reach the child zone";
        }

        var cut = zone.FindDelegation(target);
        if (cut is not null)
        {
            // The apex's server below a delegation needs glue here; a delegation's server below a sibling does not.
            return apex ? $"lies below the delegation '{cut}' but has no glue A or AAAA record" : null;
        }

        if (StructureQueries.HasWildcardAddress(zone, target))
        {
            return null;
        }

        return zone.Exists(target)
            ? "is in this zone but has no A or AAAA record"
            : "is in this zone but does not exist, so it has no address";
    }
}
