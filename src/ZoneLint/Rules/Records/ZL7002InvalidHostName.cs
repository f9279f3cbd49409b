using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Records;

/// <summary>
/// Names that own addresses or receive mail are host names: "The syntax of a legal Internet host name was specified in
/// RFC-952 [...] the restriction on the first character is relaxed to allow either a letter or a digit" (RFC 1123 §2.1).
/// Checks the owners of A, AAAA and MX as BIND's check-names does: a leftmost <c>*</c> is accepted, and so is
/// Active Directory's <c>gc._msdcs.&lt;host name&gt;</c> and SPF macro targets under <c>_spf</c> for addresses. Other owners (<c>_dmarc</c> TXT, SRV) may use '_'.
/// </summary>
[ZoneRule("ZL7002", "Owner of A, AAAA or MX is not a valid host name", "owner '{0}' of this {1} record is not a valid host name: {2}", RuleCategories.Records, DiagnosticSeverity.Warning)]
internal sealed class ZL7002InvalidHostName : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        // PERF: each node with an address or MX once, from the zone's lists by type: walking every node for them read
        // the type masks of some 850,000 (1M-record zone).
        var zone = context.Zone;
        foreach (var node in zone.NodesWith(RRType.A))
        {
            Check(context, node);
        }

        foreach (var node in zone.NodesWith(RRType.AAAA))
        {
            if (!node.Has(RRType.A))
            {
                Check(context, node);
            }
        }

        foreach (var node in zone.NodesWith(RRType.MX))
        {
            if (!node.Has(RRType.A) && !node.Has(RRType.AAAA))
            {
                Check(context, node);
            }
        }
    }

    private static void Check(RuleContext context, ZoneNode node)
    {
        if (context.Zone.IsHostName(node, allowWildcard: true) || HostNames.ProblemOf(node.Name, allowWildcard: true) is not { } problem)
        {
            return;
        }

        if ((node.Has(RRType.A) || node.Has(RRType.AAAA)) && !IsGlobalCatalog(node.Name) && !IsSpfMacroTarget(node.Name))
        {
            ReportFirst(context, node, RRType.A, problem);
            ReportFirst(context, node, RRType.AAAA, problem);
        }

        ReportFirst(context, node, RRType.MX, problem);
    }

    /// <summary>Active Directory's global catalog name, <c>gc._msdcs.&lt;forest&gt;</c>, which BIND accepts for addresses.</summary>
    private static bool IsGlobalCatalog(DomainName name)
    {
        if (name.LabelCount <= 2 || !Ascii.EqualsIgnoreCase(name.GetLabel(0), "gc"u8) || !Ascii.EqualsIgnoreCase(name.GetLabel(1), "_msdcs"u8))
        {
            return false;
        }

        var wire = name.Wire;
        int forest = wire[0] + 1;
        forest += wire[forest] + 1;
        return HostNames.IsValidHostName(new DomainName(wire[forest..].ToArray()), allowWildcard: false);
    }

    /// <summary>
    /// A name under an <c>_spf</c>, <c>_spf_verify</c> or <c>_spf_rate</c> label, where SPF <c>exists</c> macros look up
    /// addresses (RFC 7208 §5.7); BIND accepts A and AAAA there.
    /// </summary>
    private static bool IsSpfMacroTarget(DomainName name)
    {
        int labels = name.LabelCount;
        for (int i = 0; i < labels - 1; i++)
        {
            var label = name.GetLabel(i);
            if (Ascii.EqualsIgnoreCase(label, "_spf"u8) || Ascii.EqualsIgnoreCase(label, "_spf_verify"u8) || Ascii.EqualsIgnoreCase(label, "_spf_rate"u8))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportFirst(RuleContext context, ZoneNode node, RRType type, HostNames.Problem problem)
    {
        var rrset = node.Get(type);
        if (rrset.Length > 0)
        {
            context.Report(rrset[0], node.Name, type, problem);
        }
    }
}
