using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// "SPF records MUST be published as a DNS TXT (type 16) Resource Record (RR) only. […] Use of alternative DNS RR types
/// was supported in SPF's experimental phase but has been discontinued" (RFC 7208 §3.1; the type is deprecated in
/// §14.1). Receivers look only at TXT, so an SPF-type record is dead weight, or, without a TXT twin, no policy at all.
/// BIND warns about the second case.
/// </summary>
[ZoneRule("ZL2006", "SPF published as RR type SPF", "'{0}' publishes SPF as RR type SPF (99), which receivers ignore; {1}", RuleCategories.Spf, DiagnosticSeverity.Warning)]
internal sealed class ZL2006SpfRecordType : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Zone.NodesWith(RRType.SPF))
        {
            var spfTyped = node.Get(RRType.SPF);
            if (spfTyped.IsEmpty)
            {
                continue;
            }

            ResourceRecord? txtSpf = null;
            foreach (var txt in node.Get(RRType.TXT))
            {
                if (txt.Data is TxtData text && ZoneQueries.IsSpfRecord(text, out _))
                {
                    txtSpf = txt;
                    break;
                }
            }

            foreach (var record in spfTyped)
            {
                if (txtSpf is not { } txtSpfRecord)
                {
                    context.Report(record, node.Name, "there is no TXT SPF record, so receivers see no SPF policy: publish it as TXT");
                }
                else
                {
                    context.Report(record, [txtSpfRecord], node.Name, "the TXT SPF record is the one used: remove the SPF-type record");
                }
            }
        }
    }
}
