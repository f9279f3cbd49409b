using ZoneLint.Engine;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// The <c>ptr</c> mechanism "SHOULD NOT be published" (RFC 7208 §5.5): it is slow, unreliable when reverse DNS fails, and
/// loads the reverse zones of others; some receivers skip it.
/// </summary>
[ZoneRule("ZL2005", "SPF ptr mechanism", "'{0}' in the SPF record at {1}: the ptr mechanism should not be used (slow, unreliable); list the senders with ip4, ip6, a or include", RuleCategories.Spf, DiagnosticSeverity.Warning)]
internal sealed class ZL2005SpfPtrMechanism : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            foreach (var term in entry.Spf.Terms)
            {
                if (term.Kind == SpfTermKind.Ptr)
                {
                    context.Report(entry.Locate(term), entry.Owner, [], term.Text, entry.Owner);
                }
            }
        }
    }
}
