using System.Globalization;
using System.Text;
using ZoneLint.Engine;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// SPF evaluation may query DNS for at most 10 terms: "SPF implementations MUST limit the total number of those terms to
/// 10 during SPF evaluation ... If this limit is exceeded, the implementation MUST return 'permerror'" (RFC 7208 §4.6.4).
/// Counted through includes and redirects in the zone, and out of it with the caller's resolver; a target that cannot be
/// followed counts as 1 and makes the figure a lower bound. Reported at the term where the eleventh lookup happens.
/// </summary>
[ZoneRule("ZL2003", "Too many SPF DNS lookups", "SPF evaluation needs {0} DNS lookups, over the limit of 10{1}: {2}", RuleCategories.Spf, DiagnosticSeverity.Error)]
internal sealed class ZL2003SpfTooManyLookups : ZoneRule
{
    /// <summary>The limit RFC 7208 §4.6.4 sets; not configurable, since receivers do not make it so.</summary>
    private const int Limit = 10;

    public override void Analyze(RuleContext context)
    {
        var counter = new SpfLookupCounter(new NameLookup(context), context.Resolver is not null);
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (counter.Total(entry.Owner, entry.Spf) <= Limit)
            {
                continue;
            }

            var nodes = counter.Count(entry.Owner, entry.Spf);
            int total = 0;
            SpfLookupNode? crossing = null;
            foreach (var node in nodes)
            {
                total += node.Count;
                if (total > Limit && crossing is null)
                {
                    crossing = node;
                }
            }

            if (crossing is null)
            {
                continue;
            }

            bool lowerBound = nodes.Any(n => n.LowerBound);
            var breakdown = new StringBuilder();
            for (int i = 0; i < nodes.Count; i++)
            {
                if (i > 0)
                {
                    breakdown.Append(", ");
                }

                nodes[i].Describe(breakdown);
            }

            string figure = (lowerBound ? "at least " : string.Empty) + total.ToString(CultureInfo.InvariantCulture);
            string bound = lowerBound ? " (a lower bound: includes that could not be followed count as 1)" : string.Empty;
            context.Report(entry.Locate(crossing.Term), entry.Owner, [], figure, bound, breakdown.ToString());
        }
    }
}
