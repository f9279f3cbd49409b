using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// Signatures are checked against the DNSKEY RRset at the zone apex: "the matching DNSKEY RR MUST be present in the zone's
/// apex DNSKEY RRset" (RFC 4035 §5.3.1). A zone with RRSIGs but no apex DNSKEY cannot be validated at all; reported once,
/// at the first signature.
/// </summary>
[ZoneRule("ZL8110", "Signed zone has no DNSKEY at the apex", "the zone has RRSIG records but no DNSKEY at '{0}': no signature in it can be validated", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8110MissingDnskey : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (DnssecZone.ApexKeys(zone).Length > 0)
        {
            return;
        }

        ResourceRecord? first = null;
        foreach (var node in zone.NodesWith(RRType.RRSIG))
        {
            foreach (var r in node.Get(RRType.RRSIG))
            {
                first = first is { } f ? DnssecZone.Earlier(f, r) : r;
            }
        }

        if (first is { } firstSignature)
        {
            context.Report(firstSignature, zone.Origin);
        }
    }
}
