using System.Globalization;
using System.Text;
using ZoneLint.Model;

namespace ZoneLint.Rules.Spf;

/// <summary>What one DNS-querying term costs, with what the records it pulls in cost (RFC 7208 §4.6.4).</summary>
internal sealed class SpfLookupNode(SpfTerm term, int count, bool lowerBound, string? note, IReadOnlyList<SpfLookupNode> children)
{
    /// <summary>Nesting shown in a message before the rest is summed up.</summary>
    private const int MaxShownDepth = 3;

    public SpfTerm Term { get; } = term;

    /// <summary>Lookups this term causes, itself included.</summary>
    public int Count { get; } = count;

    /// <summary>Whether <see cref="Count"/> is only a lower bound: something below it could not be followed.</summary>
    public bool LowerBound { get; } = lowerBound;

    /// <summary>Why the count stops here: out of zone, a macro, no SPF record, a loop.</summary>
    public string? Note { get; } = note;

    /// <summary>The counted terms of the record an include or redirect pulls in.</summary>
    public IReadOnlyList<SpfLookupNode> Children { get; } = children;

    /// <summary><c>a</c>, or <c>include:x (at least 3, out of zone)</c>, or <c>include:x (4: a, mx, include:y (2: a))</c>.</summary>
    public void Describe(StringBuilder sb, int depth = 0)
    {
        sb.Append(Term.Text);
        if (Term.Kind is not (SpfTermKind.Include or SpfTermKind.Redirect))
        {
            return;
        }

        sb.Append(" (");
        if (LowerBound)
        {
            sb.Append("at least ");
        }

        sb.Append(Count.ToString(CultureInfo.InvariantCulture));
        if (Note is not null)
        {
            sb.Append(", ").Append(Note);
        }

        if (Children.Count > 0 && depth < MaxShownDepth)
        {
            sb.Append(": ");
            for (int i = 0; i < Children.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                Children[i].Describe(sb, depth + 1);
            }
        }

        sb.Append(')');
    }
}

/// <summary>
/// Counts the DNS-querying terms an SPF evaluation can reach (RFC 7208 §4.6.4): <c>include</c>, <c>a</c>, <c>mx</c>,
/// <c>ptr</c>, <c>exists</c> and <c>redirect</c>, following includes and redirects into the zone, and out of it through the
/// caller's resolver. A target that cannot be followed (outside the zone without a resolver, named by a macro) counts
/// as 1, the include itself, and makes the total a lower bound. A redirect beside <c>all</c> is never used (§6.1) and
/// does not count.
/// </summary>
/// <remarks>The count is the worst case: every term evaluated, as when no mechanism matches. One instance per rule run.</remarks>
internal sealed class SpfLookupCounter(NameLookup lookup, bool hasResolver)
{
    /// <summary>Includes followed inside each other before the count gives up (a lower bound from there).</summary>
    private const int MaxDepth = 12;

    /// <summary>
    /// Records one count follows into, beyond those whose counts are known, before it counts the rest as 1 each (a lower
    /// bound from there). Each record followed adds at least one lookup, so a count cut short is already ten times the limit
    /// of 10; where the cut comes does not move the term a finding points at, which is reached by then.
    /// </summary>
    /// <remarks>
    /// PERF: counts cut short by <see cref="MaxDepth"/> or by a loop depend on the way to them and are not memoised, so a
    /// lattice of records that each include every record of the next level is walked along every path, width to the
    /// twelfth power: 30 levels of 3 records (8 KB) took more than two minutes, of 4 records 5 GB.
    /// </remarks>
    internal const int MaxFollowed = 100;

    /// <summary>Why a record past <see cref="MaxFollowed"/> counts as 1.</summary>
    private static readonly string StoppedNote = string.Create(CultureInfo.InvariantCulture, $"not followed: the count stops after {MaxFollowed:N0} records");

    private readonly Dictionary<DomainName, (int Count, bool LowerBound, string? Note, IReadOnlyList<SpfLookupNode> Children)> memo = new();

    // Fetched once per name, even where the name's count is not memoised.
    private readonly SpfFetcher fetcher = new(lookup);

    /// <summary>Records followed by the count under way, up to <see cref="MaxFollowed"/>.</summary>
    private int followed;

    /// <summary>The counted terms of <paramref name="spf"/>, published at <paramref name="owner"/>.</summary>
    public IReadOnlyList<SpfLookupNode> Count(DomainName owner, SpfRecord spf)
    {
        followed = 0;
        return CountRecord(spf, [owner], out _);
    }

    /// <summary>The sum of <see cref="Count"/>'s terms without the breakdown, which only a record over the limit needs.</summary>
    /// <remarks>PERF: nothing allocated for a record whose terms include nothing (most of them).</remarks>
    public int Total(DomainName owner, SpfRecord spf)
    {
        int total = 0;
        followed = 0;
        List<DomainName>? stack = null;
        foreach (var term in spf.Terms)
        {
            if (!term.CausesLookup || (term.Kind == SpfTermKind.Redirect && spf.HasAll))
            {
                continue;
            }

            if (term.Kind is SpfTermKind.Include or SpfTermKind.Redirect)
            {
                bool dependsOnPath = false;
                total += Follow(term, stack ??= [owner], ref dependsOnPath).Count;
            }
            else
            {
                total++;
            }
        }

        return total;
    }

    private List<SpfLookupNode> CountRecord(SpfRecord spf, List<DomainName> stack, out bool dependsOnPath)
    {
        dependsOnPath = false;
        var nodes = new List<SpfLookupNode>();
        foreach (var term in spf.Terms)
        {
            if (!term.CausesLookup || (term.Kind == SpfTermKind.Redirect && spf.HasAll))
            {
                continue;
            }

            if (term.Kind is SpfTermKind.Include or SpfTermKind.Redirect)
            {
                nodes.Add(Follow(term, stack, ref dependsOnPath));
            }
            else
            {
                nodes.Add(new SpfLookupNode(term, 1, false, null, []));
            }
        }

        return nodes;
    }

    private SpfLookupNode Follow(SpfTerm term, List<DomainName> stack, ref bool dependsOnPath)
    {
        if (term.Target is not { } target)
        {
            return new SpfLookupNode(term, 1, true, "target set by a macro", []);
        }

        if (stack.Contains(target))
        {
            dependsOnPath = true;
            return new SpfLookupNode(term, 1, false, "loop", []);
        }

        if (stack.Count > MaxDepth)
        {
            // What is counted above here depends on how deep it was reached: not memoised, or a record reached first
            // through a long chain would keep a count cut short for every shorter way to it (a chain of 20 includes
            // was reported only at its first three records).
            dependsOnPath = true;
            return new SpfLookupNode(term, 1, true, "nested too deep to follow", []);
        }

        if (memo.TryGetValue(target, out var known))
        {
            return new SpfLookupNode(term, known.Count, known.LowerBound, known.Note, known.Children);
        }

        if (++followed > MaxFollowed)
        {
            // Cut short by how much was walked before: not memoised, as for the nesting limit.
            dependsOnPath = true;
            return new SpfLookupNode(term, 1, true, StoppedNote, []);
        }

        var fetch = fetcher.Fetch(target);
        (int Count, bool LowerBound, string? Note, IReadOnlyList<SpfLookupNode> Children) result;
        bool pathBelow = false;
        switch (fetch.Status)
        {
            case SpfFetchStatus.Found:
                stack.Add(target);
                var children = CountRecord(fetch.Spf!, stack, out pathBelow);
                stack.RemoveAt(stack.Count - 1);
                result = (1 + children.Sum(c => c.Count), children.Any(c => c.LowerBound), null, children);
                break;
            case SpfFetchStatus.Unknown:
                string why = lookup.IsAuthoritative(target, RRType.TXT) ? "not followed" : hasResolver ? "the resolver did not answer" : "out of zone";
                result = (1, true, why, []);
                break;
            default:
                result = (1, false, "no SPF record", []);
                break;
        }

        if (pathBelow)
        {
            dependsOnPath = true;
        }
        else
        {
            memo[target] = result;
        }

        return new SpfLookupNode(term, result.Count, result.LowerBound, result.Note, result.Children);
    }
}
