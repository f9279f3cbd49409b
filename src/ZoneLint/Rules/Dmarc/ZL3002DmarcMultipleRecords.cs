using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Dmarc;

/// <summary>
/// One DMARC record per name: "If the remaining set contains multiple records or no records, policy discovery terminates
/// and DMARC processing is not applied to this message" (RFC 7489 §6.6.3). Records with identical text are one record on
/// the wire (RFC 2181 §5) and are left to the duplicate-record rule.
/// </summary>
[ZoneRule("ZL3002", "More than one DMARC record", "{0} DMARC records at {1}: receivers apply no DMARC policy when there is more than one; merge them into one", RuleCategories.Dmarc, DiagnosticSeverity.Error)]
internal sealed class ZL3002DmarcMultipleRecords : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Zone.NodesWith(RRType.TXT))
        {
            if (!node.Has(RRType.TXT) || !DmarcNames.IsPolicyName(node.Name) || !ZoneQueries.IsAuthoritative(context.Zone, node.Name, RRType.TXT))
            {
                continue;
            }

            var texts = new HashSet<string>(StringComparer.Ordinal);
            var records = new List<ResourceRecord>();
            foreach (var record in node.Get(RRType.TXT))
            {
                string text = TxtRecordText.Of(record)!;
                if (DmarcRecord.IsDmarc(text) && texts.Add(text))
                {
                    records.Add(record);
                }
            }

            if (records.Count > 1)
            {
                context.Report(records[0], records.Skip(1), records.Count, node.Name);
            }
        }
    }
}
