using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Suppression;

namespace ZoneLint.Engine;

/// <summary>Streaming lint: the per-owner rules over a zone read once, with memory bounded by a few chunks of records.</summary>
public sealed partial class ZoneLinter
{
    /// <summary>Records per chunk handed from the parser to the rules; the chunk ends at an owner boundary.</summary>
    internal const int StreamingChunkRecords = 8192;

    /// <summary>
    /// Room a chunk's list has past <see cref="StreamingChunkRecords"/> for the records of the owner it ends with.
    /// PERF: without it, a list whose last owner had another record doubled to 16,384 (512 KiB more, copied) to take it.
    /// </summary>
    private const int StreamingChunkRoom = StreamingChunkRecords + 256;

    /// <summary>Chunks waiting for the rules while the parser reads on; with the one being linted, what memory holds.</summary>
    private const int StreamingQueueChunks = 2;

    /// <summary>
    /// The built-in rules that look at one owner name at a time (its records, its RRsets, the names in them as text)
    /// and never at other names of the zone, so that a chunk of whole owners gives the same findings as the whole zone.
    /// </summary>
    /// <remarks>
    /// Checked by <c>StreamingLintTests</c>, which lints every rule page's examples and the example zones both ways.
    /// Rules that follow a name to another node (MX, NS, SRV and CNAME targets, SPF includes, DMARC report
    /// authorization), that need the zone's cuts (ZL5xxx) or the whole zone (SOA presence, wildcards, alias chains)
    /// are not streaming rules.
    /// </remarks>
    internal static readonly FrozenSet<string> StreamingRuleIds = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "ZL1003", "ZL1004", "ZL1005", "ZL1006", "ZL1007", "ZL1008",
        "ZL2001", "ZL2002", "ZL2004", "ZL2005", "ZL2006", "ZL2007", "ZL2008", "ZL2009",
        "ZL3001", "ZL3002", "ZL3003", "ZL3004", "ZL3101", "ZL3102", "ZL3103", "ZL3104",
        "ZL4001", "ZL4002",
        "ZL6002", "ZL6003", "ZL6004", "ZL6101", "ZL6102",
        "ZL7001", "ZL7002", "ZL7003", "ZL7007", "ZL7010", "ZL7011");

    /// <summary>
    /// Lints a zone file in one pass with bounded memory: records are read, handed to the per-owner rules in chunks of
    /// whole owner names, and dropped. Only rules that look at one owner at a time run (MX, SPF, DMARC and DKIM syntax,
    /// SOA fields, TTLs, duplicates, host-name syntax, obsolete types); rules that follow names across the zone (targets,
    /// delegations, alias chains) need the whole zone: use <see cref="Lint(ParseResult, LintOptions?, CancellationToken)"/>.
    /// </summary>
    /// <remarks>
    /// Memory: a buffer the file is read through (4 MiB), the names of the last stretch of the file (interned), and a few
    /// chunks of records, whatever the zone's size; the file may be larger than <see cref="ZoneParseOptions.MaxFileSize"/>'s
    /// default allows when the caller raises it.
    /// An owner whose records are not written together in the file is checked piece by piece, and records below a zone
    /// cut are checked as if they were authoritative (the cut may be in an earlier chunk). Parsing and linting overlap on
    /// two threads. Third-party rules do not run in this mode.
    /// </remarks>
    /// <param name="path">The zone file.</param>
    /// <param name="parseOptions">How to read it; its <see cref="ZoneParseOptions.FileName"/> is ignored for <paramref name="path"/>.</param>
    /// <param name="options">Severities, settings and suppressions, as for a whole-zone lint.</param>
    /// <param name="cancellationToken">Stops the lint.</param>
    public LintResult LintStreaming(string path, ZoneParseOptions? parseOptions = null, LintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        parseOptions ??= ZoneParseOptions.Default;
        options ??= LintOptions.Default;
        var active = ActiveRules(options, static rule => StreamingRuleIds.Contains(rule.Descriptor.Id) && rule.IsBuiltIn);

        using var queue = new BlockingCollection<(DomainName Origin, List<ResourceRecord> Records)>(StreamingQueueChunks);
        var findings = new List<Diagnostic>();
        var consumer = Task.Factory.StartNew(
            () =>
            {
                foreach (var (origin, records) in queue.GetConsumingEnumerable(cancellationToken))
                {
                    var chunk = new Zone(origin, records, []);
                    foreach (var (rule, severity) in active)
                    {
                        RunRule(chunk, rule, severity, options, cancellationToken, findings);
                    }
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        ParseResult parsed;
        long recordCount;
        try
        {
            var pending = new List<ResourceRecord>(StreamingChunkRoom);
            DomainName? pendingOrigin = null;
            var reader = new MasterFileReader(parseOptions, cancellationToken)
            {
                RecordSink = (record, origin) =>
                {
                    // A chunk ends only where the owner changes, so that each owner's records are linted together.
                    if (pending.Count >= StreamingChunkRecords && !record.Owner.Equals(pending[^1].Owner))
                    {
                        queue.Add((pendingOrigin ?? DomainName.Root, pending), cancellationToken);
                        pending = new List<ResourceRecord>(StreamingChunkRoom);
                    }

                    pendingOrigin = origin ?? pendingOrigin;
                    pending.Add(record);
                },
            };

            if (ZoneParser.ReadFile(reader, path, parseOptions) is { } failed)
            {
                parsed = failed;
            }
            else
            {
                if (pending.Count > 0)
                {
                    queue.Add((pendingOrigin ?? DomainName.Root, pending), cancellationToken);
                }

                parsed = reader.Finish();
            }

            recordCount = reader.RecordCount;
        }
        finally
        {
            queue.CompleteAdding();
        }

        consumer.GetAwaiter().GetResult();
        var ran = new HashSet<string>(active.Select(a => a.Rule.Descriptor.Id), StringComparer.OrdinalIgnoreCase);
        return Finish(parsed.Zone, parsed.Diagnostics, findings, options, (int)Math.Min(recordCount, int.MaxValue), ran);
    }

    /// <summary>The rules that run under <paramref name="options"/>, with their effective severities.</summary>
    private List<(ZoneRule Rule, DiagnosticSeverity Severity)> ActiveRules(LintOptions options, Func<ZoneRule, bool>? filter = null)
    {
        var active = new List<(ZoneRule Rule, DiagnosticSeverity Severity)>(rules.Length);
        foreach (var rule in rules)
        {
            var severity = options.EffectiveSeverity(rule.Descriptor);
            if (severity == RuleSeverity.None || (!options.Dnssec && rule.Descriptor.Category == Rules.RuleCategories.Dnssec) || (filter is not null && !filter(rule)))
            {
                continue;
            }

            active.Add((rule, (DiagnosticSeverity)(int)severity));
        }

        return active;
    }

    /// <summary>Parser findings, option problems and rule findings together: severities applied, sorted, suppressions resolved.</summary>
    private LintResult Finish(Zone zone, ImmutableArray<Diagnostic> parseDiagnostics, List<Diagnostic> findings, LintOptions options, int recordCount, IReadOnlySet<string>? ran = null)
    {
        var all = new List<Diagnostic>(parseDiagnostics.Length + options.Problems.Length + findings.Count);
        foreach (var d in parseDiagnostics)
        {
            var severity = options.EffectiveSeverity(d.Descriptor);
            if (severity != RuleSeverity.None)
            {
                all.Add(d.WithSeverity((DiagnosticSeverity)(int)severity));
            }
        }

        all.AddRange(options.Problems);
        all.AddRange(findings);
        DiagnosticOrder.Sort(all);
        var resolved = SuppressionResolver.Apply(zone, all, suppressions.AddRange(options.Suppressions), Descriptors, ran);
        return new LintResult(resolved, recordCount);
    }
}
