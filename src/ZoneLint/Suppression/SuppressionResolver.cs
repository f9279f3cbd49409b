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
        var pragmasByFile = new Dictionary<string, List<Pragma>>(StringComparer.Ordinal);
        foreach (var raw in zone.Pragmas)
        {
            var pragma = Pragma.Parse(raw, out string? error);
            if (pragma is null)
            {
                extra.Add(new Diagnostic(ParserDiagnostics.Configuration, error!, raw.Location));
                continue;
            }

            string key = raw.Location.File ?? string.Empty;
            if (!pragmasByFile.TryGetValue(key, out var list))
            {
                pragmasByFile[key] = list = [];
            }

            list.Add(pragma);
        }

        var targets = ResolveAttributes(attributes, extra);
        var output = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Count + extra.Count);
        foreach (var d in diagnostics)
        {
            var suppression = FromPragmas(d, pragmasByFile) ?? FromAttributes(d, zone, targets);
            output.Add(suppression is null ? d : d.WithSuppression(suppression));
        }

        var knownIds = known.Select(k => k.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var pragma in pragmasByFile.Values.SelectMany(p => p))
        {
            ReportUnused(pragma, knownIds, ran, extra);
        }

        if (extra.Count > 0)
        {
            output.AddRange(extra);
            var sorted = output.ToList();
            sorted.Sort(DiagnosticOrder.Instance);
            return [.. sorted];
        }

        return output.MoveToImmutable();
    }

    private static Engine.Suppression? FromPragmas(Diagnostic d, Dictionary<string, List<Pragma>> pragmasByFile)
    {
        if (!d.Location.IsKnown || !pragmasByFile.TryGetValue(d.Location.File ?? string.Empty, out var pragmas))
        {
            return null;
        }

        Pragma? decisive = null;
        int decisiveIndex = -1;
        foreach (var p in pragmas)
        {
            int index = p.Match(d.Id);
            if (index < 0)
            {
                continue;
            }

            bool applies = p.Kind switch
            {
                PragmaKind.DisableLine => p.Location.Line == d.Location.Line,
                PragmaKind.DisableNextLine => p.Location.Line == d.Location.Line - 1,
                _ => false,
            };
            if (applies)
            {
                p.Used[index] = true;
                return Describe(p);
            }

            if (p.Kind is PragmaKind.Disable or PragmaKind.Restore && p.IsBefore(d.Location))
            {
                // Pragmas are in file order, so the last one before the diagnostic decides.
                decisive = p;
                decisiveIndex = index;
            }
        }

        if (decisive is { Kind: PragmaKind.Disable })
        {
            decisive.Used[decisiveIndex] = true;
            return Describe(decisive);
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
}
