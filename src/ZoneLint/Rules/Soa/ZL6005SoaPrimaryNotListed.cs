using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Soa;

/// <summary>
/// The SOA MNAME is "the name server that was the original or primary source of data for this zone" (RFC 1035
/// §3.3.13); NOTIFY (RFC 1996) and dynamic update (RFC 2136 §4) use it. When it is not among the apex NS names the
/// primary is hidden, or the field is stale. Zonemaster reports the same. Info: hidden primaries are a valid design.
/// </summary>
[ZoneRule("ZL6005", "SOA MNAME is not an apex name server", "SOA MNAME '{0}' is not one of the apex NS names ({1})", RuleCategories.Soa, DiagnosticSeverity.Info)]
internal sealed class ZL6005SoaPrimaryNotListed : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.Apex is not { } apex)
        {
            return;
        }

        var soas = apex.Get(RRType.SOA);
        var ns = apex.Get(RRType.NS);
        if (soas.Length == 0 || ns.Length == 0)
        {
            return; // ZL6001 and ZL5001 say what is missing.
        }

        var primary = ((SoaData)soas[0].Data).PrimaryServer;
        var names = new List<string>(ns.Length);
        foreach (var record in ns)
        {
            var target = ((NsData)record.Data).Target;
            if (target.Equals(primary))
            {
                return;
            }

            names.Add(target.ToString());
        }

        context.Report(soas[0], primary, string.Join(", ", names));
    }
}
