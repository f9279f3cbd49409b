using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// The SRV target: "There MUST be one or more address records for this name, the name MUST NOT be an alias (in the
/// sense of RFC 1034 or RFC 2181)" (RFC 2782). In-zone targets are checked through the zone (wildcards included),
/// targets elsewhere only through the caller's resolver. A target of <c>.</c> means "no service" and is skipped.
/// </summary>
[ZoneRule("ZL4008", "SRV target is an alias", "SRV target '{0}' is an alias (CNAME to '{1}'); point the SRV record at the canonical name", RuleCategories.Alias, DiagnosticSeverity.Warning)]
internal sealed class ZL4008SrvTargetIsAlias() : NodeRule(RRType.SRV, NodeReads.Targets)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var zone = context.Zone;
        var srvs = node.Get(RRType.SRV);
        if (srvs.IsEmpty || !zone.Contains(node) || !ZoneQueries.IsAuthoritative(node, RRType.SRV))
        {
            return;
        }

        foreach (var srv in srvs)
        {
            if (srv.Data is not SrvData { IsServiceUnavailable: false } data)
            {
                continue;
            }

            if (ZoneQueries.TryFindAlias(context, data.Target, out var alias, out var canonical))
            {
                context.Report(srv, alias is { } aliasRecord ? [aliasRecord] : [], data.Target, canonical);
            }
        }
    }
}
