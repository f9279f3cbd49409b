using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// A dangling alias: the CNAME's target does not exist, so every lookup of the alias ends in NXDOMAIN (RFC 1034 §3.6.2
/// has the resolver restart the query at the canonical name). A target "exists" when it owns records, has names below
/// it (an empty non-terminal, RFC 8020), or is matched by a wildcard (RFC 4592). Targets at or below a delegation
/// belong to the child zone and targets below a DNAME are redirected: neither is in the zone's authoritative data, so
/// like names outside the zone they are only checked when the caller's resolver can tell. A dangling alias to a name
/// in someone else's domain can be taken over by whoever registers that name.
/// </summary>
[ZoneRule("ZL4006", "CNAME target does not exist", "'{0}' is an alias for '{1}', which does not exist{2}", RuleCategories.Alias, DiagnosticSeverity.Warning)]
internal sealed class ZL4006CnameTargetMissing() : NodeRule(RRType.CNAME, NodeReads.Targets)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var zone = context.Zone;
        var cnames = node.Get(RRType.CNAME);
        if (cnames.IsEmpty || !zone.Contains(node) || !ZoneQueries.IsAuthoritative(node, RRType.CNAME))
        {
            return;
        }

        foreach (var cname in cnames)
        {
            if (cname.Data is not CNameData { Target: var target })
            {
                continue;
            }

            switch (ZoneQueries.GetScope(zone, target, out _))
            {
                case TargetScope.Authoritative when ZoneQueries.Lookup(zone, target) is null:
                    context.Report(cname, node.Name, target, " in this zone");
                    break;
                case TargetScope.BelowCut or TargetScope.OutOfZone when NotFoundByResolver(context, target):
                    context.Report(cname, node.Name, target, " (according to the resolver)");
                    break;
            }
        }
    }

    private static bool NotFoundByResolver(RuleContext context, DomainName target) =>
        context.Resolver is { } resolver
        && resolver.Resolve(target, RRType.A, context.CancellationToken).Status == ExternalAnswerStatus.NameDoesNotExist;
}
