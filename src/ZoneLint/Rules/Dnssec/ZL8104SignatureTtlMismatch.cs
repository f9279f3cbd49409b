using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// An RRSIG's TTL and its Original TTL field both follow the RRset it covers: "The RRSIG Original TTL field is equal to
/// the TTL of the RRset" and "The RRSIG RR's TTL is equal to the TTL of the RRset" (RFC 4035 §2.2). A difference means the zone was edited after signing, or
/// signed with other TTLs: validators cap the RRset's TTL at the Original TTL (RFC 4035 §5.3.3).
/// </summary>
[ZoneRule("ZL8104", "RRSIG TTL differs from the RRset it covers", "RRSIG {0} at '{1}': {2}", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8104SignatureTtlMismatch : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        foreach (var node in zone.NodesWith(RRType.RRSIG))
        {
            var rrsigs = node.Get(RRType.RRSIG);
            if (rrsigs.Length == 0)
            {
                continue;
            }

            var role = DnssecZone.Role(zone, node.Name);
            foreach (var r in rrsigs)
            {
                if (r.Data is not RrsigData sig || !DnssecZone.IsSigned(role, sig.TypeCovered))
                {
                    continue;
                }

                var rrset = node.Get(sig.TypeCovered);
                if (rrset.Length == 0)
                {
                    continue; // ZL8105's.
                }

                uint ttl = rrset[0].Ttl;
                var problems = new List<string>(2);
                if (sig.OriginalTtl != ttl)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"the Original TTL field is {sig.OriginalTtl} but the {sig.TypeCovered} RRset's TTL is {ttl} (edited after signing?)"));
                }

                if (r.Ttl != ttl)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"the RRSIG's own TTL is {r.Ttl} but the {sig.TypeCovered} RRset's TTL is {ttl}"));
                }

                if (problems.Count > 0)
                {
                    context.Report(r, [rrset[0]], sig.TypeCovered, node.Name, string.Join("; ", problems));
                }
            }
        }
    }
}
