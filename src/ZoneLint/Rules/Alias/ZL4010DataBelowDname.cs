using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// "Resource records MUST NOT exist at any subdomain of the owner of a DNAME RR. To get the contents for names
/// subordinate to that owner name, the DNAME redirection must be invoked and the resulting target queried" (RFC 6672
/// §2.3); the owner may have other types "except those types that have restrictions on being together with DNAME RRs
/// (e.g., a CNAME or another DNAME RR)". Data below a DNAME is never served (occluded). Reported once per owner below
/// the DNAME, at its first record, and once per owner with more than one DNAME. Data below a delegation that is itself
/// below the DNAME is reported at the delegation's owner, which is the occluded name.
/// </summary>
[ZoneRule("ZL4010", "Data below a DNAME, or more than one DNAME", "'{0}' {1}", RuleCategories.Alias, DiagnosticSeverity.Error)]
internal sealed class ZL4010DataBelowDname : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.NodesWith(RRType.DNAME).IsEmpty)
        {
            return; // PERF: without a DNAME there is nothing below one, and no owner with two.
        }

        foreach (var node in zone.Nodes)
        {
            if (node.IsEmptyNonTerminal || !zone.Contains(node))
            {
                continue;
            }

            var dnames = node.Get(RRType.DNAME);
            if (dnames.Length > 1)
            {
                var distinct = ZoneQueries.DistinctByData(dnames);
                if (distinct.Count > 1)
                {
                    context.Report(distinct[1], distinct.Where((_, i) => i != 1), node.Name, $"has {distinct.Count} DNAME records; an owner can redirect to one target only");
                }
            }

            if (ZoneQueries.GetScope(zone, node.Name, out var owner) == TargetScope.BelowDName && IsOccludedHere(zone, node.Name, owner!))
            {
                var first = node.Records.MinBy(r => ((long)r.Location.Line << 32) | (uint)r.Location.Column)!;
                var dname = zone.Get(owner!, RRType.DNAME)[0];
                context.Report(first, [dname], node.Name, $"is below the DNAME at '{owner}' (to '{dname.Data}'): its records are never served");
            }
        }
    }

    /// <summary>
    /// Names below a delegation that is itself below the DNAME are reported once, at the delegation; the name's own
    /// scope says DNAME, so look for a cut between the DNAME owner and the name.
    /// </summary>
    private static bool IsOccludedHere(Zone zone, DomainName name, DomainName dnameOwner)
    {
        for (var at = name.Parent; at is not null && !at.Equals(dnameOwner); at = at.Parent)
        {
            if (zone.Find(at) is { } node && node.Has(RRType.NS))
            {
                return false;
            }
        }

        return true;
    }
}
