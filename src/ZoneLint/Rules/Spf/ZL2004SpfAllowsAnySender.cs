using ZoneLint.Engine;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// <c>+all</c> (or a bare <c>all</c>) passes every host on the Internet as a sender for the domain; <c>?all</c> says nothing
/// about hosts the record does not list, so it protects nothing (RFC 7208 §5.1, §8.1, §8.2). <c>+all</c> is reported at the
/// configured severity (error by default), <c>?all</c> one level lower (warning by default). Only the first <c>all</c>
/// counts: "Mechanisms after 'all' will never be tested" (§5.1).
/// </summary>
[ZoneRule("ZL2004", "SPF allows any sender", "'{0}' in the SPF record at {1} {2}", RuleCategories.Spf, DiagnosticSeverity.Error)]
internal sealed class ZL2004SpfAllowsAnySender : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            var all = entry.Spf.All;
            switch (all?.EffectiveQualifier)
            {
                case '+':
                    context.ReportShifted(0, entry.Locate(all), entry.Owner, [], all.Text, entry.Owner, "lets any host on the Internet send mail as this domain and pass SPF; end with -all or ~all");
                    break;
                case '?':
                    context.ReportShifted(-1, entry.Locate(all), entry.Owner, [], all.Text, entry.Owner, "gives every unlisted host a neutral result, so the record protects nothing; end with -all or ~all");
                    break;
            }
        }
    }
}
