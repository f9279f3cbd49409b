using ZoneLint.Engine;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules.Dmarc;

/// <summary>
/// Receivers look for DMARC policy only at <c>_dmarc.&lt;domain&gt;</c>: "Domain Owner DMARC preferences are stored as DNS
/// TXT records in subdomains named '_dmarc'" (RFC 7489 §6.1). A DMARC record anywhere else (other than a report
/// authorization record, §7.1) has no effect, and other TXT records at a <c>_dmarc</c> name are discarded (§6.6.3).
/// </summary>
[ZoneRule("ZL3004", "DMARC record misplaced", "{0}", RuleCategories.Dmarc, DiagnosticSeverity.Warning)]
internal sealed class ZL3004DmarcPlacement : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var texts = SpfRecords.AuthoritativeTxt(context.Zone);
        var owners = SpfRecords.AuthoritativeTxtOwners(context.Zone);
        for (int i = 0; i < owners.Length; i++)
        {
            // PERF: the record is read only to report it (see AuthoritativeTexts).
            string text = texts.TextAt(i);
            bool policyName = (owners[i] & TxtOwnerKind.DmarcPolicy) != 0;
            bool dmarc = DmarcRecord.IsDmarc(text);
            if (dmarc && !policyName && (owners[i] & TxtOwnerKind.DmarcAuthorization) == 0)
            {
                var record = texts.At(i).Record;
                context.Report(record, $"DMARC record at {record.Owner} is not at a _dmarc name: receivers look for the policy of a domain at _dmarc.<domain>, so this record has no effect");
            }
            else if (policyName && !dmarc && !DmarcRecord.LooksLikeDmarc(text))
            {
                var record = texts.At(i).Record;
                string shown = text.Length > 40 ? text[..40] + "…" : text;
                context.Report(record, $"TXT record \"{shown}\" at {record.Owner} is not a DMARC record: receivers discard it; move it to the name it belongs to");
            }
        }
    }
}
