using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// An MX exchange must not be an alias: "The domain name given in the EXCHANGE field must map directly to one or
/// more address records" (RFC 2181 §10.3; RFC 5321 §5.1; RFC 1912 §2.4).
/// </summary>
[ZoneRule("ZL1001", "MX exchange is an alias", "MX exchange '{0}' is an alias (CNAME to '{1}'); point the MX at the canonical name", RuleCategories.Mail, DiagnosticSeverity.Warning)]
internal sealed class ZL1001MxExchangeIsAlias() : NodeRule(RRType.MX, NodeReads.Targets)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var zone = context.Zone;
        foreach (var mx in node.Get(RRType.MX))
        {
            if (mx.Data is not MxData { Exchange: var exchange } || exchange.IsRoot)
            {
                continue;
            }

            if (ZoneQueries.FindAlias(zone, exchange) is { } alias)
            {
                context.Report(mx, [alias], exchange, ((CNameData)alias.Data).Target);
            }
            // Only a resolver can say more, and without one the exchange's octets are not read to ask where it is.
            else if (context.Resolver is not null && !zone.Contains(exchange) && ZoneQueries.ExternalAlias(context, exchange) is { } target)
            {
                context.Report(mx, exchange, target);
            }
        }
    }
}
