using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// An MX exchange names a host, so it must follow host-name syntax: letters, digits and hyphens, no hyphen at either end
/// of a label (RFC 952; RFC 1123 §2.1 allows a leading digit). Underscores, wildcards and other characters are legal in
/// DNS names but not in host names, and mail software may refuse them. BIND checks this with <c>-k</c> (check-names).
/// </summary>
[ZoneRule("ZL1007", "MX exchange is not a valid host name", "MX exchange '{0}' is not a valid host name ({1}); use letters, digits and hyphens only", RuleCategories.Mail, DiagnosticSeverity.Warning)]
internal sealed class ZL1007MxExchangeIsNotHostName() : NodeRule(RRType.MX, NodeReads.Data)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var zone = context.Zone;
        foreach (var mx in node.Get(RRType.MX))
        {
            if (mx.Data is not MxData { Exchange: var exchange })
            {
                continue;
            }


            // The null MX's '.' is not a host by design (RFC 7505 §3); an address is ZL1003's finding.
            if (exchange.IsRoot || HostNames.IsValidHostName(exchange) || HostNames.TryGetAddress(exchange, zone.Origin, out _))
            {
                continue;
            }

            string? label = HostNames.FirstInvalidLabel(exchange);
            string why = label is null ? "its top-level label is all digits" : $"label '{label}' is not letters, digits and inner hyphens";
            context.Report(mx, exchange, why);
        }
    }
}
