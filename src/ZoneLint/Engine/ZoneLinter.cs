using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using ZoneLint.Dnssec;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Engine;

/// <summary>
/// Runs rules over zones. Frozen after <see cref="ZoneLinterBuilder.Build"/>: reuse one instance for any number of
/// zones, from any number of threads.
/// </summary>
public sealed partial class ZoneLinter
{
    private static readonly Lazy<ZoneLinter> DefaultLinter = new(() => CreateBuilder().UseBuiltInRules().Build());

    // The rules in the order the lint starts them: the longest built-in ones first (Rules.BuiltInRules.LongestFirst).
    private readonly ImmutableArray<ZoneRule> rules;
    private readonly ImmutableArray<SuppressZoneRuleAttribute> suppressions;
    private readonly IExternalResolver? resolver;
    private readonly ILogger logger;

    internal ZoneLinter(ImmutableArray<ZoneRule> rules, ImmutableArray<SuppressZoneRuleAttribute> suppressions, IExternalResolver? resolver, ILogger logger, DnssecAlgorithms? dnssecAlgorithms = null)
    {
        DnssecAlgorithms = dnssecAlgorithms ?? DnssecAlgorithms.BuiltIn;
        this.rules = [.. rules.OrderBy(r => r.IsBuiltIn && Rules.BuiltInRules.LongestFirst.IndexOf(r.Descriptor.Id) is var rank and >= 0 ? rank : int.MaxValue)];
        this.suppressions = suppressions;
        this.resolver = resolver;
        this.logger = logger;
        Descriptors = [.. ParserDiagnostics.All, .. rules.Select(r => r.Descriptor)];
    }

    /// <summary>A linter with every built-in rule and nothing else.</summary>
    public static ZoneLinter Default => DefaultLinter.Value;

    /// <summary>Every descriptor this linter can report: the parser's and each rule's.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The DNSSEC signature algorithms this linter verifies (<see cref="ZoneLinterBuilder.UseDnssecAlgorithm"/>).</summary>
    public DnssecAlgorithms DnssecAlgorithms { get; }

    /// <summary>Starts a builder.</summary>
    public static ZoneLinterBuilder CreateBuilder() => new();

    /// <summary>Lints a parsed zone; the parser's diagnostics are part of the result.</summary>
    public LintResult Lint(ParseResult parsed, LintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (!parsed.InputRead)
        {
            // Only why it could not be read: rules would report the empty zone's missing SOA and NS as if it had been.
            return Finish(parsed.Zone, parsed.Diagnostics, [], options ?? LintOptions.Default, 0);
        }

        return Lint(parsed.Zone, parsed.Diagnostics, options, cancellationToken);
    }

    /// <summary>Lints a zone built in code or parsed earlier.</summary>
    public LintResult Lint(Zone zone, LintOptions? options = null, CancellationToken cancellationToken = default) =>
        Lint(zone, [], options, cancellationToken);

    private LintResult Lint(Zone zone, ImmutableArray<Diagnostic> parseDiagnostics, LintOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        options ??= LintOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();

        var active = ActiveRules(options);
        var shared = SharedDataFor(active);
        var walks = PlanWalks(active);
        var results = new List<Diagnostic>[active.Count];

        // PERF: one worker per core, each taking the next item as it finishes one: the shared data first, then the rules.
        // Parallel.For over the rules handed out runs of them: on two cores one thread ended the 1M-record zone's lint
        // alone for 300-500 ms with a run of long rules while the other had none left, and rules waiting for shared
        // data made the pool add a third thread.
        int items = shared.Count + walks.Count;
        int next = -1;
        int workers = Math.Clamp(items, 1, Environment.ProcessorCount);
        Parallel.For(
            0,
            workers,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = workers },
            _ =>
            {
                for (int i = Interlocked.Increment(ref next); i < items; i = Interlocked.Increment(ref next))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (i < shared.Count)
                    {
                        WorkOut(zone, shared[i], cancellationToken);
                        continue;
                    }

                    var walk = walks[i - shared.Count];
                    if (walk.Count == 1)
                    {
                        var (rule, severity) = active[walk[0]];
                        var sink = new List<Diagnostic>();
                        RunRule(zone, rule, severity, options, cancellationToken, sink);
                        results[walk[0]] = sink;
                    }
                    else
                    {
                        RunNodeRules(zone, active, walk, options, cancellationToken, results);
                    }
                }
            });

        var findings = new List<Diagnostic>();
        foreach (var list in results)
        {
            findings.AddRange(list);
        }

        return Finish(zone, parseDiagnostics, findings, options, zone.Records.Count);
    }

    /// <summary>The shared data that the built-in rules among <paramref name="active"/> read (<see cref="Rules.BuiltInRules.SharedData"/>).</summary>
    private static List<Action<Zone, CancellationToken>> SharedDataFor(List<(ZoneRule Rule, DiagnosticSeverity Severity)> active)
    {
        var wanted = new List<Action<Zone, CancellationToken>>();
        foreach (var (isReadBy, workOut) in Rules.BuiltInRules.SharedData)
        {
            if (active.Exists(a => a.Rule.IsBuiltIn && isReadBy(a.Rule.Descriptor)))
            {
                wanted.Add(workOut);
            }
        }

        return wanted;
    }

    private static void WorkOut(Zone zone, Action<Zone, CancellationToken> workOut, CancellationToken cancellationToken)
    {
        try
        {
            workOut(zone, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not kept by the zone: the rule that asks for it works it out again, and reports the failure as its own.
        }
    }

    /// <summary>
    /// The lint's items of work, as positions in <paramref name="active"/>: each rule on its own, except the
    /// <see cref="NodeRule"/>s of one type, which share one walk of that type's nodes (in the place of the first of them).
    /// </summary>
    private List<List<int>> PlanWalks(List<(ZoneRule Rule, DiagnosticSeverity Severity)> active)
    {
        var walks = new List<List<int>>(active.Count);

        // A debug log times each rule on its own (RunRule), which a shared walk cannot.
        bool share = !logger.IsEnabled(LogLevel.Debug);
        var byType = new Dictionary<RRType, List<int>>();
        for (int i = 0; i < active.Count; i++)
        {
            if (!share || active[i].Rule is not NodeRule nodeRule)
            {
                walks.Add([i]);
            }
            else if (byType.TryGetValue(nodeRule.NodeType, out var members))
            {
                members.Add(i);
            }
            else
            {
                byType.Add(nodeRule.NodeType, members = [i]);
                walks.Add(members);
            }
        }

        return walks;
    }

    /// <summary>
    /// Runs the node rules <paramref name="members"/> (positions in <paramref name="active"/>, all of one type) in one
    /// walk of that type's nodes, each rule's findings (or its failure) in its place in <paramref name="results"/>.
    /// </summary>
    private void RunNodeRules(Zone zone, List<(ZoneRule Rule, DiagnosticSeverity Severity)> active, List<int> members, LintOptions options, CancellationToken cancellationToken, List<Diagnostic>[] results)
    {
        var rules = new NodeRule[members.Count];
        var contexts = new RuleContext[members.Count];
        var failed = new bool[members.Count];
        var reads = NodeReads.Records;
        for (int k = 0; k < members.Count; k++)
        {
            var (rule, severity) = active[members[k]];
            rules[k] = (NodeRule)rule;
            results[members[k]] = [];
            contexts[k] = new RuleContext(zone, rule, severity, options, resolver, cancellationToken, results[members[k]]) { DnssecAlgorithms = DnssecAlgorithms };
            reads = (NodeReads)Math.Max((int)reads, (int)rules[k].Reads);
        }

        int visited = 0;
        foreach (var node in zone.NodesWith(rules[0].NodeType, reads))
        {
            if (++visited % NodeRule.NodesBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (int k = 0; k < rules.Length; k++)
            {
                if (!failed[k])
                {
                    failed[k] = !TryAnalyzeNode(rules[k], contexts[k], node, results[members[k]]);
                }
            }
        }
    }

    /// <summary>Runs a node rule on one node; whether it did not fail (a failure is added to <paramref name="sink"/> as its finding, and the rule runs no more).</summary>
    private static bool TryAnalyzeNode(NodeRule rule, RuleContext context, ZoneNode node, List<Diagnostic> sink)
    {
        try
        {
            rule.AnalyzeNode(context, node);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            sink.Add(Failure(rule, e));
            return false;
        }
    }

    private static Diagnostic Failure(ZoneRule rule, Exception e) =>
        new(ParserDiagnostics.Configuration, $"rule {rule.Descriptor.Id} failed: {e.GetType().Name}: {e.Message}", SourceLocation.None);

    /// <summary>Runs one rule over <paramref name="zone"/>, its findings (or its failure) added to <paramref name="sink"/>.</summary>
    private void RunRule(Zone zone, ZoneRule rule, DiagnosticSeverity severity, LintOptions options, CancellationToken cancellationToken, List<Diagnostic> sink)
    {
        int before = sink.Count;
        var context = new RuleContext(zone, rule, severity, options, resolver, cancellationToken, sink) { DnssecAlgorithms = DnssecAlgorithms };
        // PERF: the clock is read only for a logger that wants the timing: linting 10,000 small zones runs 950,000 rules,
        // and reading it twice for each was 0.9% of that run's samples.
        bool timed = logger.IsEnabled(LogLevel.Debug);
        long start = timed ? Stopwatch.GetTimestamp() : 0;
        try
        {
            rule.Analyze(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A faulty third-party rule must not take the lint down with it; its failure is a finding.
            sink.Add(Failure(rule, e));
        }

        if (timed)
        {
            LogRuleFinished(logger, rule.Descriptor.Id, sink.Count - before, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rule {RuleId} reported {Count} findings in {Milliseconds:F1} ms")]
    private static partial void LogRuleFinished(ILogger logger, string ruleId, int count, double milliseconds);
}

/// <summary>File, line, column, ID, message: the order every output uses.</summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    /// <summary>Lists shorter than this are sorted through the comparer: the sort by key is compiled at run time.</summary>
    internal const int SortByKeyFrom = 4096;

    /// <summary>Sorts <paramref name="diagnostics"/> in this order.</summary>
    /// <remarks>
    /// PERF: a long list is sorted by a key of the file's rank, the line and the column, with only runs of the same place
    /// compared in full (ID, then message, which is formatted to compare it). Through this comparer, the sort was 4.6%
    /// of the CPU time of linting a zone with 442,000 findings, and all of it on one thread after the rules. A short list
    /// is sorted through the comparer: the key sort's code (over <see cref="UInt128"/>) is not precompiled, and compiling
    /// it at run time took longer than sorting a zone's few findings.
    /// </remarks>
    public static void Sort(List<Diagnostic> diagnostics)
    {
        if (diagnostics.Count < SortByKeyFrom)
        {
            diagnostics.Sort(Instance);
            return;
        }

        SortByKey(CollectionsMarshal.AsSpan(diagnostics));
    }

    /// <summary>The sort by key for a long list (internal for tests, which check it on lists of any length).</summary>
    internal static void SortByKey(Span<Diagnostic> items)
    {
        var fileRanks = RankFiles(items);
        var keys = new UInt128[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var at = items[i].Location;
            int fileRank = at.File is null ? 0 : fileRanks[at.File];
            // The sign bit flipped, so that unsigned order is the order of the signed numbers.
            keys[i] = ((UInt128)(uint)fileRank << 64) | ((ulong)(uint)(at.Line ^ int.MinValue) << 32) | (uint)(at.Column ^ int.MinValue);
        }

        keys.AsSpan().Sort(items);
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                items[start..end].Sort(Instance);
            }

            start = end;
        }
    }

    /// <summary>Each file named by <paramref name="items"/>, numbered from 1 in ordinal order (no file sorts first, as 0).</summary>
    private static Dictionary<string, int> RankFiles(Span<Diagnostic> items)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        string? last = null;
        foreach (var d in items)
        {
            if (d.Location.File is { } file && !ReferenceEquals(file, last))
            {
                ranks.TryAdd(file, 0);
                last = file;
            }
        }

        var files = ranks.Keys.ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        for (int i = 0; i < files.Length; i++)
        {
            ranks[files[i]] = i + 1;
        }

        return ranks;
    }

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        int c = string.CompareOrdinal(x.Location.File, y.Location.File);
        if (c == 0)
        {
            c = x.Location.Line.CompareTo(y.Location.Line);
        }

        if (c == 0)
        {
            c = x.Location.Column.CompareTo(y.Location.Column);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Id, y.Id);
        }

        return c == 0 ? string.CompareOrdinal(x.Message, y.Message) : c;
    }
}
