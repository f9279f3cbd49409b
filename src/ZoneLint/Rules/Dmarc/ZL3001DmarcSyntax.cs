using ZoneLint.Engine;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules.Dmarc;

/// <summary>
/// A DMARC record must follow RFC 7489 §6.3 and §6.4: a tag-list starting with <c>v=DMARC1</c>, a valid <c>p</c> in a
/// policy record, and valid values for every tag. Checked for TXT records at <c>_dmarc</c> names that are DMARC records or
/// were meant to be (they mention DMARC or carry a <c>p</c> policy), and for report authorization records at
/// <c>…._report._dmarc.…</c> names, which need <c>v=DMARC1</c> but no policy (§7.1).
/// </summary>
[ZoneRule("ZL3001", "DMARC record syntax", "DMARC record at {0}: {1}", RuleCategories.Dmarc, DiagnosticSeverity.Error)]
internal sealed class ZL3001DmarcSyntax : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var entry in DmarcRecords.InZone(context.Zone))
        {
            foreach (var error in entry.Parsed.Errors)
            {
                context.Report(TxtRecordText.Locate(entry.Record, error.Offset), entry.Record.Owner, [], entry.Record.Owner, error.Message);
            }
        }
    }
}
