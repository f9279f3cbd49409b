using ZoneLint.Engine;
using ZoneLint.Model;

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
        var lookup = new NameLookup(context);

        // PERF: a target is fetched (its TXT joined and parsed) once per run, however many terms name it: one record of
        // 2,000 includes of a record of 2,000 terms parsed that record 2,000 times (1.9 s and 2.2 GB allocated for a
        // 78 KB zone), and records of 64 KB can be written by the hundred.
        var fetched = new Dictionary<DomainName, SpfFetch>();
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            foreach (var term in entry.Spf.Terms)
            {
                bool followed = term.Kind == SpfTermKind.Include || (term.Kind == SpfTermKind.Redirect && !entry.Spf.HasAll);
                if (!followed || term.Target is not { } target)
                {
                    continue;
                }

                if (!fetched.TryGetValue(target, out var fetch))
                {
                    fetched.Add(target, fetch = SpfRecords.Fetch(lookup, target));
                }

                if (fetch.IsMissing)
                {
                    context.Report(entry.Locate(term), entry.Owner, [], term.Text, entry.Owner, fetch.Describe(target));
                }
            }
        }
    }
}
