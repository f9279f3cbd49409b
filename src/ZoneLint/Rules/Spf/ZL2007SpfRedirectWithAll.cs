using ZoneLint.Engine;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// A <c>redirect</c> in a record with an <c>all</c> mechanism is dead: "Any 'redirect' modifier (Section 6.1) MUST be
/// ignored when there is an 'all' mechanism in the record, regardless of the relative ordering of the terms"
/// (RFC 7208 §5.1).
/// </summary>
[ZoneRule("ZL2007", "SPF redirect with all", "'{0}' in the SPF record at {1} is never used because the record has '{2}'; remove one of them", RuleCategories.Spf, DiagnosticSeverity.Warning)]
internal sealed class ZL2007SpfRedirectWithAll : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            var all = entry.Spf.All;
            if (all is not null && entry.Spf.Redirect is { } redirect)
            {
                context.Report(entry.Locate(redirect), entry.Owner, [], redirect.Text, entry.Owner, all.Text);
            }
        }
    }
}
