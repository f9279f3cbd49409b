using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// The apex must own SOA and NS records (RFC 1035 §5.2), and an alias can own nothing else (RFC 2181 §10.1, RFC 1034
/// §3.6.2), so a CNAME at the apex is always wrong; RFC 1912 §2.4 warns against exactly this combination of CNAME and
/// NS. Use the provider's apex-alias feature or address records instead.
/// </summary>
[ZoneRule("ZL4005", "CNAME at the zone apex", "CNAME at the zone apex '{0}'; the apex must own SOA and NS records, which an alias cannot", RuleCategories.Alias, DiagnosticSeverity.Error)]
internal sealed class ZL4005CnameAtApex : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        if (context.Zone.Apex is { } apex && apex.Get(RRType.CNAME) is { IsEmpty: false } cnames)
        {
            context.Report(cnames[0], apex.Name);
        }
    }
}
