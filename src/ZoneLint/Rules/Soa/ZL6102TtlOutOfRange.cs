using ZoneLint.Engine;

namespace ZoneLint.Rules.Soa;

/// <summary>
/// TTLs in a sane range. RFC 2181 §8 allows 0 to 2^31-1, but a TTL of 0 means the record "can only be used for the
/// transaction in progress, and should not be cached" (RFC 1035 §3.2.1), and very long TTLs make changes take that long
/// to be seen. Settings <c>ZL6102.min_ttl</c> (default 1) and <c>ZL6102.max_ttl</c> (default 604800, one week) set the
/// range; BIND's <c>named-checkzone -l</c> and <c>max-zone-ttl</c> are the same check for the maximum.
/// </summary>
[ZoneRule("ZL6102", "TTL outside a sane range", "TTL {0} of this {1} record is {2} the configured {3} of {4} (setting ZL6102.{5})", RuleCategories.Ttl, DiagnosticSeverity.Warning)]
internal sealed class ZL6102TtlOutOfRange : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        long min = context.GetSetting("min_ttl", 1, 0, int.MaxValue);
        long max = context.GetSetting("max_ttl", 604800, 0, int.MaxValue);
        var records = context.Zone.NodeRecords;
        foreach (int at in context.Zone.FileOrder)
        {
            var record = records[at];
            if (record.Ttl > max)
            {
                context.Report(record, record.Ttl, record.Type, "above", "maximum", max, "max_ttl");
            }
            else if (record.Ttl < min)
            {
                context.Report(record, record.Ttl, record.Type, "below", "minimum", min, "min_ttl");
            }
        }
    }
}
