using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Delegation;

/// <summary>
/// The apex must list the zone's name servers: "These RRs are of two types: name server RRs that list, one per RR, all
/// of the servers for the zone, and a single SOA RR" (RFC 1034 §4.2.1; RFC 1035 §5.2).
/// </summary>
/// <remarks>A zone with no records at all is left to ZL6001 (no SOA): one finding says it.</remarks>
[ZoneRule("ZL5001", "No NS records at the zone apex", "the zone apex '{0}' has no NS records: the zone names no name servers", RuleCategories.Delegation, DiagnosticSeverity.Error)]
internal sealed class ZL5001NoApexNameServers : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.Records.Count == 0 || (zone.Apex is { } apex && apex.Has(RRType.NS)))
        {
            return;
        }

        var (location, _) = StructureQueries.ZoneLocation(zone);
        context.Report(location, zone.Origin, [], zone.Origin);
    }
}
