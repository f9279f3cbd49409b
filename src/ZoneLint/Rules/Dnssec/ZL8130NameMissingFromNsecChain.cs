using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// A signed zone proves that names and types do not exist: with NSEC, "each owner name in the zone that has authoritative
/// data or a delegation point NS RRset MUST have an NSEC resource record" (RFC 4035 §2.3); with NSEC3, each such name and
/// each empty non-terminal has one at its hashed owner (ZL8141). A signed zone with neither is reported once at the apex.
/// </summary>
[ZoneRule("ZL8130", "Name missing from the NSEC chain", "{0}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8130NameMissingFromNsecChain : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (!DnssecZone.IsSigned(zone))
        {
            return;
        }

        var mode = Nsec3Chain.DetectMode(zone);
        if (mode == DenialMode.None)
        {
            if (zone.Apex is { } apex && apex.Records.Count > 0)
            {
                var at = apex.Has(RRType.SOA) ? apex.Get(RRType.SOA)[0] : apex.Records[0];
                context.Report(at, $"the zone is signed but has no NSEC or NSEC3 records: validators cannot be given proof that a name or type does not exist, so negative answers from '{zone.Origin}' are bogus");
            }

            return;
        }

        if (mode != DenialMode.Nsec)
        {
            return;
        }

        foreach (var member in NsecChain.For(zone).Members)
        {
            if (!member.Node.Has(RRType.NSEC))
            {
                string what = member.Role == NodeRole.Delegation ? "delegation point" : "name";
                context.Report(DnssecZone.FirstInFile(member.Node), $"the {what} '{member.Node.Name}' has no NSEC record: the chain skips it, so validators cannot prove which types it lacks");
            }
        }
    }
}
