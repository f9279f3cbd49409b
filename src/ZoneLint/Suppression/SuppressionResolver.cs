using System.Collections.Immutable;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Suppression;

/// <summary>
/// Marks diagnostics suppressed by pragmas (resolved by position, like <c>#pragma warning</c>) and by
/// <see cref="SuppressZoneRuleAttribute"/>s; reports pragmas that suppress nothing or name unknown IDs (ZL0100).
/// </summary>
internal static class SuppressionResolver
{
    // ran: the rules that ran, when not all of them did (a streaming lint); a pragma for a rule that did not run is not
    // reported as suppressing nothing.
    public static ImmutableArray<Diagnostic> Apply(Zone zone, List<Diagnostic> diagnostics, ImmutableArray<SuppressZoneRuleAttribute> attributes, ImmutableArray<DiagnosticDescriptor> known, IReadOnlySet<string>? ran = null)
    {
        var extra = new List<Diagnostic>();
        var pragmasByFile = new Dictionary<string, FilePragmas>(StringComparer.Ordinal);
        var all = new List<Pragma>(zone.Pragmas.Count);
        foreach (var raw in zone.Pragmas)
        {
            var pragma = Pragma.Parse(raw, out string? error);
            if (pragma is null)
            {
                extra.Add(new Diagnostic(ParserDiagnostics.Configuration, error!, raw.Location));
                continue;
            }

            string key = raw.Location.File ?? string.Empty;
            if (!pragmasByFile.TryGetValue(key, out var file))
            {
                pragmasByFile[key] = file = new FilePragmas();
            }

            file.Add(pragma, all.Count);
            all.Add(pragma);
        }

        foreach (var file in pragmasByFile.Values)
        {
            file.Sort();
        }

        var targets = ResolveAttributes(attributes, extra);
        var output = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Count + extra.Count);
        foreach (var d in diagnostics)
        {
            var suppression = FromPragmas(d, pragmasByFile) ?? FromAttributes(d, zone, targets);
            output.Add(suppression is null ? d : d.WithSuppression(suppression));
        }

        var knownIds = known.Select(k => k.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var pragma in all)
        {
            ReportUnused(pragma, knownIds, ran, extra);
        }

        if (extra.Count > 0)
        {
            output.AddRange(extra);
            var sorted = output.ToList();
            DiagnosticOrder.Sort(sorted);
            return [.. sorted];
        }

        return output.MoveToImmutable();
    }

    private static Engine.Suppression? FromPragmas(Diagnostic d, Dictionary<string, FilePragmas> pragmasByFile)
    {
        if (!d.Location.IsKnown || !pragmasByFile.TryGetValue(d.Location.File ?? string.Empty, out var pragmas))
        {
            return null;
        }

        // A disable-line or disable-next-line for the diagnostic's line wins, the first in file order.
        if (pragmas.ForLine.TryGetValue(d.Location.Line, out var forLine))
        {
            foreach (var p in forLine)
            {
                int index = p.Match(d.Id);
                if (index >= 0)
                {
                    p.Used[index] = true;
                    return Describe(p);
                }
            }
        }

        // Otherwise the last disable or restore before it that names its rule, or every rule, decides.
        var named = pragmas.RangesByRule.TryGetValue(d.Id, out var ofRule) ? FilePragmas.LastBefore(ofRule, d.Location) : null;
        var bare = FilePragmas.LastBefore(pragmas.BareRanges, d.Location);
        var decisive = named is null || (bare is not null && bare.Value.CompareTo(named.Value) > 0) ? bare : named;
        if (decisive is { Pragma.Kind: PragmaKind.Disable } found)
        {
            found.Pragma.Used[found.Pragma.Match(d.Id)] = true;
            return Describe(found.Pragma);
        }

        return null;
    }

    private static Engine.Suppression Describe(Pragma p) =>
        new(SuppressionKind.Pragma, p.Location.ToString(), p.Justification);

    private static void ReportUnused(Pragma pragma, HashSet<string> knownIds, IReadOnlySet<string>? ran, List<Diagnostic> extra)
    {
        for (int i = 0; i < pragma.Ids.Length; i++)
        {
            if (!knownIds.Contains(pragma.Ids[i]))
            {
                extra.Add(new Diagnostic(ParserDiagnostics.UnusedSuppression, $"pragma names '{pragma.Ids[i]}', which is not a known rule ID", pragma.Location));
            }
            else if (pragma.Kind != PragmaKind.Restore && !pragma.Used[i] && (ran is null || ran.Contains(pragma.Ids[i])))
            {
                extra.Add(new Diagnostic(ParserDiagnostics.UnusedSuppression, $"pragma '{Verb(pragma.Kind)} {pragma.Ids[i]}' suppresses nothing; remove it", pragma.Location));
            }
        }

        if (pragma.Ids.Length == 0 && pragma.Kind != PragmaKind.Restore && !pragma.Used[0] && ran is null)
        {
            extra.Add(new Diagnostic(ParserDiagnostics.UnusedSuppression, $"pragma '{Verb(pragma.Kind)}' suppresses nothing; remove it", pragma.Location));
        }
    }

    private static string Verb(PragmaKind kind) => kind switch
    {
        PragmaKind.Disable => "disable",
        PragmaKind.DisableLine => "disable-line",
        PragmaKind.DisableNextLine => "disable-next-line",
        _ => "restore",
    };

    private static List<(SuppressZoneRuleAttribute Attribute, DomainName? Target)> ResolveAttributes(ImmutableArray<SuppressZoneRuleAttribute> attributes, List<Diagnostic> extra)
    {
        var list = new List<(SuppressZoneRuleAttribute, DomainName?)>(attributes.Length);
        foreach (var a in attributes)
        {
            DomainName? target = null;
            if (a.Target is { Length: > 0 } text)
            {
                string absolute = text.EndsWith('.') ? text : text + ".";
                if (!DomainName.TryParse(absolute, null, out target, out string? error))
                {
                    extra.Add(new Diagnostic(ParserDiagnostics.Configuration, $"suppression of {a.RuleId} has a target that is not a domain name: {error}", SourceLocation.None));
                    continue;
                }
            }
            else if (a.Scope != SuppressionScope.Zone)
            {
                extra.Add(new Diagnostic(ParserDiagnostics.Configuration, $"suppression of {a.RuleId} with scope {a.Scope} needs a Target name", SourceLocation.None));
                continue;
            }

            list.Add((a, target));
        }

        return list;
    }

    private static Engine.Suppression? FromAttributes(Diagnostic d, Zone zone, List<(SuppressZoneRuleAttribute Attribute, DomainName? Target)> targets)
    {
        foreach (var (a, target) in targets)
        {
            if (!string.Equals(a.RuleId, d.Id, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            bool applies = a.Scope switch
            {
                SuppressionScope.Zone => target is null || target.Equals(zone.Origin),
                SuppressionScope.NameAndDescendants => d.Owner is not null && d.Owner.IsSubdomainOf(target!),
                _ => d.Owner is not null && d.Owner.Equals(target),
            };
            if (applies)
            {
                string scope = target is null ? "every zone" : $"{a.Scope} {target}";
                return new Engine.Suppression(SuppressionKind.Attribute, $"[SuppressZoneRule(\"{a.RuleId}\")] on {scope}", a.Justification);
            }
        }

        return null;
    }

    /// <summary>
    /// One file's pragmas, indexed for the diagnostics of that file. PERF: each diagnostic scanned every pragma of its
    /// file; 200,000 duplicates each with its own <c>disable-line</c> took more than two minutes.
    /// </summary>
    private sealed class FilePragmas
    {
        /// <summary>The disable-line and disable-next-line pragmas by the line they apply to, in file order.</summary>
        public Dictionary<int, List<Pragma>> ForLine { get; } = [];

        /// <summary>The disable and restore pragmas that name rules, under each rule they name, by position (see <see cref="Sort"/>).</summary>
        public Dictionary<string, List<Ranged>> RangesByRule { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The disable and restore pragmas that name no rule (every rule), by position.</summary>
        public List<Ranged> BareRanges { get; } = [];

        public void Add(Pragma pragma, int order)
        {
            if (pragma.Kind is PragmaKind.DisableLine or PragmaKind.DisableNextLine)
            {
                int line = pragma.Location.Line + (pragma.Kind == PragmaKind.DisableNextLine ? 1 : 0);
                if (!ForLine.TryGetValue(line, out var list))
                {
                    ForLine[line] = list = [];
                }

                list.Add(pragma);
                return;
            }

            var ranged = new Ranged(pragma, order);
            if (pragma.Ids.Length == 0)
            {
                BareRanges.Add(ranged);
                return;
            }

            foreach (string id in pragma.Ids.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!RangesByRule.TryGetValue(id, out var list))
                {
                    RangesByRule[id] = list = [];
                }

                list.Add(ranged);
            }
        }

        /// <summary>
        /// Puts the range pragmas in position order: a file included twice lists its pragmas twice, and the later of
        /// two at one position is the one read last.
        /// </summary>
        public void Sort()
        {
            BareRanges.Sort();
            foreach (var list in RangesByRule.Values)
            {
                list.Sort();
            }
        }

        /// <summary>The last of <paramref name="sorted"/> before <paramref name="location"/>, if any.</summary>
        public static Ranged? LastBefore(List<Ranged> sorted, SourceLocation location)
        {
            int lo = 0, hi = sorted.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid].Pragma.IsBefore(location))
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo == 0 ? null : sorted[lo - 1];
        }
    }

    /// <summary>A disable or restore pragma, with its place among all the zone's pragmas as read.</summary>
    private readonly record struct Ranged(Pragma Pragma, int Order) : IComparable<Ranged>
    {
        public int CompareTo(Ranged other)
        {
            int c = Pragma.Location.Line.CompareTo(other.Pragma.Location.Line);
            if (c == 0)
            {
                c = Pragma.Location.Column.CompareTo(other.Pragma.Location.Column);
            }

            return c != 0 ? c : Order.CompareTo(other.Order);
        }
    }
}
