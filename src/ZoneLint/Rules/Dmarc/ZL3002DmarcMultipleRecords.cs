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
        // PERF: the zone's DMARC records as found and parsed once; a node's records are next to each other in that list.
        var entries = DmarcRecords.InZone(context.Zone);
        for (int start = 0; start < entries.Count;)
        {
            var owner = entries[start].Record.Owner;
            int end = start + 1;
            while (end < entries.Count && context.Zone.IsSameOwner(entries[end].Record.Owner, owner))
            {
                end++;
            }

            Check(context, entries, start, end);
            start = end;
        }
    }

    private static void Check(RuleContext context, IReadOnlyList<DmarcEntry> entries, int start, int end)
    {
        if (end - start < 2 || !entries[start].IsPolicy)
        {
            return;
        }

        var texts = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<ResourceRecord>();
        for (int i = start; i < end; i++)
        {
            if (entries[i].IsDmarc && texts.Add(entries[i].Text))
            {
                records.Add(entries[i].Record);
            }
        }

        if (records.Count > 1)
        {
            context.Report(records[0], records.Skip(1), records.Count, context.Zone.Find(records[0].Owner)?.Name ?? records[0].Owner);
        }
    }
}
