using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Delegation;

/// <summary>
/// DS records live only at delegation points, in the parent: "A DS RRset SHOULD be present at a delegation point when
/// the child zone is signed. [...] DS RRsets MUST NOT appear at a zone's apex" (RFC 4035 §2.4).
/// </summary>
[ZoneRule("ZL5006", "DS record at the apex or not at a delegation", "DS record at '{0}' {1}", RuleCategories.Delegation, DiagnosticSeverity.Error)]
internal sealed class ZL5006MisplacedDs : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        foreach (var node in zone.NodesWith(RRType.DS))
        {
            var ds = node.Get(RRType.DS);
            if (ds.Length == 0 || zone.FindDNameAbove(node.Name) is not null)
            {
                continue; // Data below a DNAME is ZL4010's.
            }

            if (node.IsApex)
            {
                context.Report(ds[0], node.Name, "is at the zone apex: the DS for this zone belongs in the parent zone");
            }
            else if (!node.Has(RRType.NS))
            {
                context.Report(ds[0], node.Name, "is not at a delegation point: the name has no NS records");
            }
            else if (!StructureQueries.IsZoneCut(zone, node.Name))
            {
                context.Report(ds[0], node.Name, $"is below the delegation '{zone.FindDelegation(node.Name)}', not at a delegation point of this zone");
            }
        }
    }
}
