using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// In a signed zone every authoritative RRset carries a signature: "For each authoritative RRset in a signed zone, there
/// MUST be at least one RRSIG record" — except NS at a delegation point and glue (RFC 4035 §2.2).
/// A zone that publishes DNSKEY records but no signature at all is reported once.
/// </summary>
[ZoneRule("ZL8101", "Unsigned RRset in a signed zone", "{0}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8101UnsignedRRset : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (!DnssecZone.IsSigned(zone))
        {
            var keys = DnssecZone.ApexKeys(zone);
            if (keys.Length > 0)
            {
                context.Report(keys[0], $"the zone publishes DNSKEY records at '{zone.Origin}' but no RRSIG: it is not signed, and validators will find no signature for any of its data");
            }

            return;
        }

        foreach (var node in zone.Nodes)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (node.IsEmptyNonTerminal)
            {
                continue;
            }

            var role = DnssecZone.Role(zone, node.Name);
            if (role is NodeRole.NotAuthoritative or NodeRole.OutOfZone)
            {
                continue;
            }

            // SECURITY: a name can own thousands of types and their signatures; each type looked for among all the
            // signatures was quadratic (60,000 types at one name: minutes).
            var signatures = node.Get(RRType.RRSIG);
            var covered = signatures.Length > 8 ? CoveredTypes(signatures) : null;
            foreach (var type in node.Types)
            {
                if (!DnssecZone.IsSigned(role, type) || (covered?.Contains(type) ?? IsCovered(signatures, type)))
                {
                    continue;
                }

                string where = role == NodeRole.Delegation ? " at the delegation point" : string.Empty;
                context.Report(node.Get(type)[0], $"the {type} RRset at '{node.Name}'{where} has no RRSIG: validators treat unsigned data in a signed zone as bogus");
            }
        }
    }

    private static bool IsCovered(ReadOnlySpan<ResourceRecord> signatures, RRType type)
    {
        foreach (var r in signatures)
        {
            if (r.Data is Model.Records.RrsigData sig && sig.TypeCovered == type)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<RRType> CoveredTypes(ReadOnlySpan<ResourceRecord> signatures)
    {
        var covered = new HashSet<RRType>();
        foreach (var r in signatures)
        {
            if (r.Data is Model.Records.RrsigData sig)
            {
                covered.Add(sig.TypeCovered);
            }
        }

        return covered;
    }
}
