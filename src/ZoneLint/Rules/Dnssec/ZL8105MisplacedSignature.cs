using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// RRSIGs only cover authoritative RRsets that exist: "the NS RRsets that appear at delegation points [...] MUST NOT
/// be signed. Glue address RRsets associated with delegations MUST NOT be signed" (RFC 4035 §2.2), RRSIGs themselves are
/// not signed (RFC 4034 §3), and a signature over a type the owner does not have is left over from data since removed.
/// </summary>
[ZoneRule("ZL8105", "RRSIG over data that must not be signed or does not exist", "RRSIG {0} at '{1}' {2}", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8105MisplacedSignature : ZoneRule
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
            if (role == NodeRole.OutOfZone)
            {
                continue; // ZL0007's.
            }

            foreach (var r in rrsigs)
            {
                if (r.Data is not RrsigData sig)
                {
                    continue;
                }

                string? problem = Problem(zone, node, role, sig.TypeCovered);
                if (problem is not null)
                {
                    context.Report(r, sig.TypeCovered, node.Name, problem);
                }
            }
        }
    }

    private static string? Problem(Zone zone, ZoneNode node, NodeRole role, RRType covered)
    {
        if (role == NodeRole.NotAuthoritative)
        {
            return zone.FindDNameAbove(node.Name) is { } dname
                ? $"signs data below the DNAME at '{dname}', which is not authoritative and must not be signed"
                : $"signs data below the delegation '{zone.FindDelegation(node.Name)}' (glue or occluded data), which must not be signed";
        }

        if (covered == RRType.RRSIG)
        {
            return "covers RRSIG: signatures are not themselves signed";
        }

        if (!node.Has(covered))
        {
            return $"covers {covered}, but the name has no {covered} records: a signature left over from removed data";
        }

        if (role == NodeRole.Delegation && !DnssecZone.IsSigned(role, covered))
        {
            return covered == RRType.NS
                ? "signs the NS RRset of a delegation point, which belongs to the child and must not be signed"
                : $"signs {covered} at a delegation point, where only DS and NSEC are the parent's data";
        }

        return null;
    }
}
