using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Records;

/// <summary>
/// Record types the standards retired. MD and MF: "MD is obsolete. See the definition of MX and [RFC-974]" (RFC 1035
/// §3.3.4, §3.3.5), and name servers "MUST NOT load these types from configuration files" (RFC 1123 §6.1.3.6). MAILA and
/// MAILB (RFC 1035 §3.2.3; MAILA obsoleted by MX). WKS: "the WKS step in MX processing SHOULD NOT be used"
/// (RFC 1123 §5.2.12). A6: moved to Historic (RFC 6563). NULL: "NULL RRs are not allowed in master files" (RFC 1035 §3.3.10).
/// </summary>
[ZoneRule("ZL7003", "Obsolete record type", "{0} is an obsolete record type: {1}", RuleCategories.Records, DiagnosticSeverity.Warning)]
internal sealed class ZL7003ObsoleteType : ZoneRule
{
    // PERF: an array, not a frozen dictionary, whose code for ushort keys the runtime compiled at every start-up.
    private static readonly (RRType Type, string Why)[] Obsolete =
    [
        (RRType.MD, "replaced by MX (RFC 1035 §3.3.4); write MX 0 with the same host"),
        (RRType.MF, "replaced by MX (RFC 1035 §3.3.5); write MX 10 with the same host"),
        (RRType.MAILA, "replaced by MX (RFC 1035 §3.2.3)"),
        (RRType.MAILB, "a query type for the experimental MB, MG and MR records (RFC 1035 §3.2.3), never zone data"),
        (RRType.WKS, "not used by mail or other software; RFC 1123 §5.2.12 says not to rely on it"),
        (RRType.A6, "moved to Historic by RFC 6563; use AAAA"),
        (RRType.NULL, "experimental, and not allowed in master files (RFC 1035 §3.3.10)"),
    ];

    public override void Analyze(RuleContext context)
    {
        foreach (var (type, why) in Obsolete)
        {
            foreach (var node in context.Zone.NodesWith(type))
            {
                // Once per RRset.
                context.Report(node.Get(type)[0], type, why);
            }
        }
    }
}
