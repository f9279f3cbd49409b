using ZoneLint.Engine;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules.Dmarc;

/// <summary>
/// <c>p=none</c> asks receivers to take no action on mail that fails DMARC: "The Domain Owner requests no specific action
/// be taken regarding delivery of messages" (RFC 7489 §6.3). Right while reports are being read, not as the end state.
/// </summary>
[ZoneRule("ZL3003", "DMARC policy is none", "DMARC policy at {0} is p=none: receivers only report and deliver failing mail as usual; move to p=quarantine or p=reject once the reports show your own mail passes", RuleCategories.Dmarc, DiagnosticSeverity.Info)]
internal sealed class ZL3003DmarcPolicyNone : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var (at, _, isPolicy, parsed, isDmarc) in DmarcRecords.InZone(context.Zone))
        {
            if (!isPolicy || !isDmarc)
            {
                continue;
            }

            if (parsed.Policy is { } p && p.Value.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                var record = at.Record;
                context.Report(TxtRecordText.Locate(record, p.NameOffset), record.Owner, [], record.Owner);
            }
        }
    }
}
