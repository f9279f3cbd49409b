using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// The NSEC records of a zone form one chain: each one's Next Domain Name is "the next owner name (in the canonical
/// ordering of the zone) that has authoritative data or contains a delegation point NS RRset", and the last one's is the
/// apex (RFC 4034 §4.1.1, order §6.1). Glue and occluded names are not in it (RFC 4035 §2.3), and a name has one NSEC.
/// A wrong link lets a validator accept a false denial or reject a true one.
/// </summary>
[ZoneRule("ZL8131", "NSEC chain broken", "NSEC at '{0}' {1}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8131NsecChainBroken : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (Nsec3Chain.DetectMode(zone) != DenialMode.Nsec)
        {
            return;
        }

        var chain = NsecChain.For(zone);
        foreach (var node in zone.NodesWith(RRType.NSEC))
        {
            var nsecs = node.Get(RRType.NSEC);
            if (nsecs.Length == 0)
            {
                continue;
            }

            if (!chain.Index.TryGetValue(node.Name, out int index))
            {
                context.Report(nsecs[0], node.Name, NotAMember(zone, node));
                continue;
            }

            for (int i = 1; i < nsecs.Length; i++)
            {
                context.Report(nsecs[i], [nsecs[0]], node.Name, "is one of several: a name has exactly one NSEC record");
            }

            if (nsecs[0].Data is not NsecData nsec)
            {
                continue;
            }

            var members = chain.Members;
            var expected = members[(index + 1) % members.Length].Node.Name;
            if (!nsec.NextDomainName.Equals(expected))
            {
                string position = index + 1 == members.Length ? "the last name in canonical order, so it must point back to the apex" : "the next name in canonical order";
                context.Report(nsecs[0], node.Name, $"points to '{nsec.NextDomainName}', but {position} is '{expected}'{Why(zone, chain, nsec.NextDomainName)}");
            }
        }
    }

    private static string NotAMember(Zone zone, ZoneNode node) => DnssecZone.Role(zone, node.Name) switch
    {
        NodeRole.NotAuthoritative => zone.FindDNameAbove(node.Name) is { } dname
            ? $"is below the DNAME at '{dname}': data there is not authoritative and has no NSEC"
            : $"is below the delegation '{zone.FindDelegation(node.Name)}': glue and occluded names have no NSEC",
        NodeRole.OutOfZone => "is outside the zone",
        _ => "is at a name with no other data: nothing to deny there, and no other NSEC should point to it",
    };

    private static string Why(Zone zone, NsecChain chain, DomainName next)
    {
        if (chain.Index.ContainsKey(next))
        {
            return string.Empty;
        }

        return zone.Find(next) is not { IsEmptyNonTerminal: false }
            ? $" ('{next}' does not exist in the zone)"
            : $" ('{next}' is not in the chain)";
    }
}
