using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// An MX exchange must have address records: "If MX records are present, but none of them are usable […] this situation
/// MUST be reported as an error" (RFC 5321 §5.1). Checked for exchanges in the zone's authoritative data (wildcards
/// count); an exchange in a child zone is only checked when it has no glue and the caller's resolver can tell; one
/// below a DNAME is left to ZL4011, an alias to ZL1001, an IP address written as a name to ZL1003.
/// </summary>
[ZoneRule("ZL1002", "MX exchange has no address record", "MX exchange '{0}' {1}; mail for '{2}' cannot be delivered to it", RuleCategories.Mail, DiagnosticSeverity.Warning)]
internal sealed class ZL1002MxExchangeHasNoAddress() : NodeRule(RRType.MX, NodeReads.Targets)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var zone = context.Zone;
        var mxs = node.Get(RRType.MX);
        if (mxs.IsEmpty || !zone.Contains(node) || !ZoneQueries.IsAuthoritative(node, RRType.MX))
        {
            return;
        }

        foreach (var mx in mxs)
        {
            if (mx.Data is not MxData { Exchange: var exchange })
            {
                continue;
            }

            if (exchange.IsRoot || HostNames.TryGetAddress(exchange, zone.Origin, out _))
            {
                continue;
            }

            string? problem = ZoneQueries.CheckAddress(context, exchange) switch
            {
                AddressStatus.DoesNotExist => "does not exist",
                AddressStatus.NoAddress => "has no A or AAAA record",
                _ => null,
            };
            if (problem is not null)
            {
                context.Report(mx, exchange, problem, node.Name);
            }
        }
    }
}
