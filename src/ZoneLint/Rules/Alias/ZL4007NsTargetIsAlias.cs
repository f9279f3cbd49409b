using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// "The domain name used as the value of a NS resource record […] must not be an alias" (RFC 2181 §10.3); "Having NS
/// records pointing to a CNAME is bad and may conflict badly with current BIND servers" (RFC 1912 §2.4). Checked for
/// the apex NS set and every delegation; in-zone targets through the zone (wildcards included), targets elsewhere only
/// through the caller's resolver.
/// </summary>
[ZoneRule("ZL4007", "NS target is an alias", "name server '{0}' of '{1}' is an alias (CNAME to '{2}'); NS records must name the server's canonical name", RuleCategories.Alias, DiagnosticSeverity.Error)]
internal sealed class ZL4007NsTargetIsAlias() : NodeRule(RRType.NS, NodeReads.Targets)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var zone = context.Zone;
        var nss = node.Get(RRType.NS);
        if (nss.IsEmpty || !zone.Contains(node) || !ZoneQueries.IsAuthoritative(node, RRType.NS))
        {
            return;
        }

        foreach (var ns in nss)
        {
            if (ns.Data is not NsData { Target: var server })
            {
                continue;
            }

            if (ZoneQueries.TryFindAlias(context, server, out var alias, out var canonical))
            {
                context.Report(ns, alias is { } aliasRecord ? [aliasRecord] : [], server, node.Name, canonical);
            }
        }
    }
}
