using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Records;

/// <summary>
/// Names in RDATA that stand for hosts must be host names (RFC 952 as relaxed by RFC 1123 §2.1: letters, digits and
/// inner hyphens): the NS name server (RFC 1035 §3.3.11 "a host which should be authoritative"), the SRV target
/// (RFC 2782 "The domain name of the target host"), the SVCB/HTTPS TargetName in ServiceMode (RFC 9460 §2.5, the host
/// to connect to), and the PTR target in the reverse trees <c>in-addr.arpa</c> and <c>ip6.arpa</c> (RFC 1035 §3.5, the
/// host an address belongs to) except under the DNS-SD browsing names of RFC 6763 §11, whose PTRs name domains. This is
/// BIND's <c>check-names</c> on RDATA. The MX exchange is ZL1007's; an NS written as an address is ZL5005's; the root
/// (<c>.</c>, "no service" for SRV and the owner itself for SVCB) is not a host name and is left alone.
/// </summary>
[ZoneRule("ZL7008", "Target name is not a valid host name", "{0} target '{1}' is not a valid host name ({2}); software that connects to it may refuse it", RuleCategories.Records, DiagnosticSeverity.Warning)]
internal sealed class ZL7008TargetIsNotHostName : ZoneRule
{
    private static readonly DomainName InAddrArpa = DomainName.Parse("in-addr.arpa.");
    private static readonly DomainName Ip6Arpa = DomainName.Parse("ip6.arpa.");

    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        foreach (var node in zone.NodesWith(RRType.NS, NodeReads.Targets))
        {
            foreach (var record in node.Get(RRType.NS))
            {
                if (record.Data is NsData ns && !HostNames.TryGetAddress(ns.Target, zone.Origin, out _))
                {
                    Check(context, record, ns.Target);
                }
            }
        }

        foreach (var node in zone.NodesWith(RRType.SRV, NodeReads.Targets))
        {
            foreach (var record in node.Get(RRType.SRV))
            {
                if (record.Data is SrvData srv)
                {
                    Check(context, record, srv.Target);
                }
            }
        }

        foreach (var type in (ReadOnlySpan<RRType>)[RRType.SVCB, RRType.HTTPS])
        {
            foreach (var node in zone.NodesWith(type))
            {
                foreach (var record in node.Get(type))
                {
                    // An AliasMode target names another SVCB owner, which may well be _dns.… or _8443._foo.…
                    if (record.Data is ServiceBindingData { IsAliasMode: false } svcb)
                    {
                        Check(context, record, svcb.Target);
                    }
                }
            }
        }

        foreach (var node in zone.NodesWith(RRType.PTR, NodeReads.Targets))
        {
            if (!IsReverseName(node.Name) || IsDnsSdBrowsingName(node.Name))
            {
                continue;
            }

            foreach (var record in node.Get(RRType.PTR))
            {
                if (record.Data is PtrData ptr)
                {
                    Check(context, record, ptr.Target);
                }
            }
        }
    }

    private static void Check(RuleContext context, ResourceRecord record, DomainName target)
    {
        if (target.IsRoot || HostNames.IsValidHostName(target))
        {
            return;
        }

        string? label = HostNames.FirstInvalidLabel(target);
        string why = label is null ? "its top-level label is all digits" : $"label '{label}' is not letters, digits and inner hyphens";
        context.Report(record, record.Type, target, why);
    }

    private static bool IsReverseName(DomainName name) => name.IsSubdomainOf(InAddrArpa) || name.IsSubdomainOf(Ip6Arpa);

    /// <summary>
    /// <c>b</c>, <c>db</c>, <c>r</c>, <c>dr</c> or <c>lb</c> <c>._dns-sd._udp.&lt;domain&gt;</c>: the RFC 6763 §11 names a
    /// client queries to find browsing and registration domains, which exist in reverse zones too.
    /// </summary>
    private static bool IsDnsSdBrowsingName(DomainName name)
    {
        if (name.LabelCount < 3 || !Ascii.EqualsIgnoreCase(name.GetLabel(1), "_dns-sd"u8) || !Ascii.EqualsIgnoreCase(name.GetLabel(2), "_udp"u8))
        {
            return false;
        }

        var first = name.GetLabel(0);
        return Ascii.EqualsIgnoreCase(first, "b"u8) || Ascii.EqualsIgnoreCase(first, "db"u8) || Ascii.EqualsIgnoreCase(first, "r"u8)
            || Ascii.EqualsIgnoreCase(first, "dr"u8) || Ascii.EqualsIgnoreCase(first, "lb"u8);
    }
}
