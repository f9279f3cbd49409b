using ZoneLint.Engine;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// A record with neither <c>all</c> nor <c>redirect</c> ends without a verdict for hosts it does not list: "If none of the
/// mechanisms match and there is no 'redirect' modifier, then the check_host() returns a result of 'neutral', just as if
/// '?all' were specified as the last directive" (RFC 7208 §4.7). Records with syntax errors are left to ZL2002.
/// </summary>
[ZoneRule("ZL2008", "SPF record has no default", "SPF record at {0} has no 'all' and no 'redirect': unlisted hosts get neutral, as with '?all'; end it with -all or ~all", RuleCategories.Spf, DiagnosticSeverity.Info)]
internal sealed class ZL2008SpfNoDefault : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            if (entry.Spf.Errors.Count == 0 && !entry.Spf.HasAll && entry.Spf.Redirect is null)
            {
                context.Report(entry.Record, entry.Owner);
            }
        }
    }
}
