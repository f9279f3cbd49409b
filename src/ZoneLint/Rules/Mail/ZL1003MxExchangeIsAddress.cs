using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// An MX exchange is a host name, never an address: EXCHANGE is "a &lt;domain-name&gt; which specifies a host willing to
/// act as a mail exchange" (RFC 1035 §3.3.9), and "a valid host name can never have the dotted-decimal form #.#.#.#"
/// (RFC 1123 §2.1); RFC 5321 §5.1 looks the exchange up as a name. Written relative (<c>MX 10 10.0.0.1</c>), the
/// origin is silently appended; written absolute, it names a top-level domain that does not exist.
/// </summary>
[ZoneRule("ZL1003", "MX exchange is an IP address", "MX exchange '{0}' is the IP address {1} written as a name; an MX must name a host that has A/AAAA records", RuleCategories.Mail, DiagnosticSeverity.Warning)]
internal sealed class ZL1003MxExchangeIsAddress() : NodeRule(RRType.MX, NodeReads.Targets)
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

            if (HostNames.TryGetAddress(exchange, zone.Origin, out var address))
            {
                context.Report(mx, exchange, address);
            }
        }
    }
}
