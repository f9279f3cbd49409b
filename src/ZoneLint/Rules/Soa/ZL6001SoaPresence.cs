using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Soa;

/// <summary>
/// A zone has one SOA, at its apex: "Exactly one SOA RR should be present at the top of the zone" (RFC 1035 §5.2).
/// Reports a zone without one, every SOA after the first at the apex, and every SOA below the apex.
/// </summary>
[ZoneRule("ZL6001", "Missing, repeated or misplaced SOA record", "{0}; a zone has exactly one SOA record, at its apex", RuleCategories.Soa, DiagnosticSeverity.Error)]
internal sealed class ZL6001SoaPresence : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var apexSoa = zone.Get(zone.Origin, RRType.SOA);
        if (apexSoa.Length == 0)
        {
            var (location, _) = StructureQueries.ZoneLocation(zone);
            context.Report(location, zone.Origin, [], $"the zone '{zone.Origin}' has no SOA record at its apex");
        }

        for (int i = 1; i < apexSoa.Length; i++)
        {
            context.Report(apexSoa[i], [apexSoa[0]], "this is a second SOA record at the apex");
        }

        foreach (var node in zone.NodesWith(RRType.SOA))
        {
            if (node.IsApex)
            {
                continue;
            }

            foreach (var soa in node.Get(RRType.SOA))
            {
                context.Report(soa, $"SOA record at '{node.Name}' is not at the zone apex '{zone.Origin}'");
            }
        }
    }
}
