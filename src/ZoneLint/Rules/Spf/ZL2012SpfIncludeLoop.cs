using System.Collections.Immutable;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// Includes and redirects that lead back to a record already being evaluated never end; receivers stop them with
/// permerror through the lookup limit (RFC 7208 §4.6.4, §5.2). Loops among the zone's own records are reported once,
/// at the record of the loop's first name in canonical order, with the whole loop in the message.
/// </summary>
[ZoneRule("ZL2012", "SPF include loop", "SPF {0} loop: {1}; receivers fail with permerror", RuleCategories.Spf, DiagnosticSeverity.Error)]
internal sealed class ZL2012SpfIncludeLoop : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var entries = SpfRecords.InZone(zone);
        if (!HasEdge(entries))
        {
            return; // PERF: a loop needs an include or a redirect; without one no map of owners is made or walked.
        }

        var records = new Dictionary<DomainName, SpfEntry>(entries.Count);
        foreach (var entry in entries)
        {
            records.TryAdd(entry.Owner, entry);
        }

        // PERF: one set of working collections for the whole zone, cleared per record.
        var path = new List<(SpfEntry Entry, SpfTerm Term)>();
        var visited = new HashSet<DomainName>();
        var reported = new HashSet<SpfTerm>();
        foreach (var start in records.Values)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            path.Clear();
            visited.Clear();
            visited.Add(start.Owner);
            reported.Clear();
            Walk(context, records, start, start, path, visited, reported);
        }
    }

    private static void Walk(RuleContext context, Dictionary<DomainName, SpfEntry> records, SpfEntry start, SpfEntry current, List<(SpfEntry Entry, SpfTerm Term)> path, HashSet<DomainName> visited, HashSet<SpfTerm> reported)
    {
        foreach (var term in current.Spf.Terms)
        {
            if (!IsEdge(current, term) || !records.TryGetValue(term.Target!, out var next))
            {
                continue;
            }

            path.Add((current, term));
            if (next.Owner.Equals(start.Owner))
            {
                Report(context, start, path, reported);
            }
            else if (visited.Add(next.Owner))
            {
                Walk(context, records, start, next, path, visited, reported);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static bool HasEdge(IReadOnlyList<SpfEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var term in entry.Spf.Terms)
            {
                if (IsEdge(entry, term))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="t"/> is an include or redirect a receiver follows, with a literal target.</summary>
    private static bool IsEdge(SpfEntry entry, SpfTerm t) =>
        t.Target is not null && (t.Kind == SpfTermKind.Include || (t.Kind == SpfTermKind.Redirect && !entry.Spf.HasAll));

    private static void Report(RuleContext context, SpfEntry start, List<(SpfEntry Entry, SpfTerm Term)> path, HashSet<SpfTerm> reported)
    {
        // Once per loop: from the member first in canonical order, and once per term that starts it there.
        if (path.Any(p => p.Entry.Owner.CompareTo(start.Owner) < 0) || !reported.Add(path[0].Term))
        {
            return;
        }

        var sb = new StringBuilder();
        foreach (var (entry, term) in path)
        {
            sb.Append(entry.Owner).Append(' ').Append(term.Text).Append(" → ");
        }

        sb.Append(start.Owner);
        string kind = path.All(p => p.Term.Kind == SpfTermKind.Redirect) ? "redirect" : path.All(p => p.Term.Kind == SpfTermKind.Include) ? "include" : "include/redirect";
        var related = path.Skip(1).Select(p => p.Entry.Locate(p.Term)).Where(l => l.IsKnown).ToImmutableArray();
        context.Report(start.Locate(path[0].Term), start.Owner, related, kind, sb.ToString());
    }
}
