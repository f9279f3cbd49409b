using ZoneLint.Engine;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// An <c>include</c> or <c>redirect</c> target must publish an SPF record: for include, a result of "none" from the
/// target makes the include return permerror (RFC 7208 §5.2); for redirect, "if no SPF record is found ... the result is
/// a 'permerror' rather than 'none'" (§6.1). Checked for targets in the zone, and outside it when the caller's resolver
/// gives a definite answer. A redirect beside <c>all</c> is never followed (§6.1) and is left to ZL2007.
/// </summary>
[ZoneRule("ZL2011", "SPF include or redirect target has no SPF record", "'{0}' in the SPF record at {1}: {2}, so receivers return permerror", RuleCategories.Spf, DiagnosticSeverity.Error)]
internal sealed class ZL2011SpfIncludeTargetMissing : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var fetcher = new SpfFetcher(new NameLookup(context));
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            foreach (var term in entry.Spf.Terms)
            {
                bool followed = term.Kind == SpfTermKind.Include || (term.Kind == SpfTermKind.Redirect && !entry.Spf.HasAll);
                if (!followed || term.Target is not { } target)
                {
                    continue;
                }

                var fetch = fetcher.Fetch(target);
                if (fetch.IsMissing)
                {
                    context.Report(entry.Locate(term), entry.Owner, [], term.Text, entry.Owner, fetch.Describe(target));
                }
            }
        }
    }
}
