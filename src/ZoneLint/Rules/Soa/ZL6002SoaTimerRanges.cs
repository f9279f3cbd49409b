using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Soa;

/// <summary>
/// SOA timers in the ranges RFC 1912 §2.2 and RFC 2308 §5 recommend: refresh at least 20 minutes, expire at least a
/// week (RFC 1912 suggests 2–4 weeks), the negative-caching TTL (MINIMUM) between 5 minutes and a day. Each bound is a
/// setting (<c>ZL6002.min_refresh</c>, <c>min_expire</c>, <c>min_minimum</c>, <c>max_minimum</c>). How the timers relate
/// to one another (retry below refresh, expire above both) is ZL6003.
/// </summary>
[ZoneRule("ZL6002", "SOA timers outside recommended ranges", "SOA {0} is {1} seconds, {2} the recommended {3} of {4} (setting ZL6002.{5})", RuleCategories.Soa, DiagnosticSeverity.Warning)]
internal sealed class ZL6002SoaTimerRanges : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var soas = zone.Get(zone.Origin, RRType.SOA);
        if (soas.Length == 0)
        {
            return;
        }

        var record = soas[0];
        var soa = (SoaData)record.Data;
        long minRefresh = context.GetSetting("min_refresh", 1200, 0, uint.MaxValue);
        long minExpire = context.GetSetting("min_expire", 604800, 0, uint.MaxValue);
        long minMinimum = context.GetSetting("min_minimum", 300, 0, uint.MaxValue);
        long maxMinimum = context.GetSetting("max_minimum", 86400, 0, uint.MaxValue);

        if (soa.Refresh < minRefresh)
        {
            context.Report(record, "refresh", soa.Refresh, "below", "minimum", minRefresh, "min_refresh");
        }

        if (soa.Expire < minExpire)
        {
            context.Report(record, "expire", soa.Expire, "below", "minimum", minExpire, "min_expire");
        }

        if (soa.Minimum < minMinimum)
        {
            context.Report(record, "minimum (negative-caching TTL)", soa.Minimum, "below", "minimum", minMinimum, "min_minimum");
        }
        else if (soa.Minimum > maxMinimum)
        {
            context.Report(record, "minimum (negative-caching TTL)", soa.Minimum, "above", "maximum", maxMinimum, "max_minimum");
        }
    }
}
