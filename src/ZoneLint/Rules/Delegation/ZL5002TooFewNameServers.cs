using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Delegation;

/// <summary>
/// A zone needs at least two name servers: "By administrative fiat, we require every zone to be available on at least
/// two servers" (RFC 1034 §4.1; RFC 2182 §5). Checked at the apex and at every delegation.
/// </summary>
[ZoneRule("ZL5002", "Fewer than two name servers", "{0} '{1}' has only one name server ('{2}'); a zone needs at least two, on separate networks", RuleCategories.Delegation, DiagnosticSeverity.Warning)]
internal sealed class ZL5002TooFewNameServers() : NodeRule(RRType.NS, NodeReads.Targets)
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
            return; // NS below another cut (ZL5004) or below a DNAME (ZL4010) is occluded, not a delegation.
        }

        // Duplicates of one NS record (ZL7001) still name one server.
        var first = ((NsData)ns[0].Data).Target;
        bool distinct = false;
        for (int i = 1; i < ns.Length && !distinct; i++)
        {
            distinct = !((NsData)ns[i].Data).Target.Equals(first);
        }

        if (!distinct)
        {
            context.Report(ns[0], apex ? "the zone apex" : "the delegation", node.Name, first);
        }
    }
}
