using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Soa;

/// <summary>
/// SOA timers must fit together: retry is "typically some fraction of the refresh interval", and expire "must be greater
/// than the minimum and retry intervals, to avoid having a secondary expire the data before it gets a chance to get a
/// new copy" (RFC 1912 §2.2). Reports retry ≥ refresh, and expire &lt; refresh + retry.
/// </summary>
[ZoneRule("ZL6003", "SOA timers inconsistent", "SOA timers are inconsistent: {0}", RuleCategories.Soa, DiagnosticSeverity.Warning)]
internal sealed class ZL6003SoaTimersInconsistent : ZoneRule
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
        if (soa.Retry >= soa.Refresh)
        {
            context.Report(record, $"retry ({soa.Retry}) is not shorter than refresh ({soa.Refresh}), so a failed refresh is retried no sooner than the next regular one");
        }

        ulong both = (ulong)soa.Refresh + soa.Retry;
        if (soa.Expire < both)
        {
            context.Report(record, $"expire ({soa.Expire}) is shorter than refresh + retry ({both}), so a secondary can drop the zone before it has retried once");
        }
    }
}
