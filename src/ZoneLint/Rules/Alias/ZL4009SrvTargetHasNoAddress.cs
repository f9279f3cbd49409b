using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// The SRV target: "There MUST be one or more address records for this name" (RFC 2782). Checked like ZL1002: targets
/// in the zone's authoritative data (wildcards count), targets in a child zone without glue or outside the zone only
/// through the caller's resolver. A target of <c>.</c> ("the service is decidedly not available at this domain",
/// RFC 2782) is skipped, and so are aliases (ZL4008) and targets below a DNAME (ZL4011).
/// </summary>
[ZoneRule("ZL4009", "SRV target has no address record", "SRV target '{0}' {1}; clients of '{2}' cannot reach the service", RuleCategories.Alias, DiagnosticSeverity.Warning)]
internal sealed class ZL4009SrvTargetHasNoAddress() : NodeRule(RRType.SRV, NodeReads.Targets)
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

            string? problem = ZoneQueries.CheckAddress(context, data.Target) switch
            {
                AddressStatus.DoesNotExist => "does not exist",
                AddressStatus.NoAddress => "has no A or AAAA record",
                _ => null,
            };
            if (problem is not null)
            {
                context.Report(srv, data.Target, problem, node.Name);
            }
        }
    }
}
