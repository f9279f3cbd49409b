using System.Collections.Immutable;
using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Engine;

/// <summary>What a rule sees while it runs: the zone, its settings, an optional resolver, and where to report.</summary>
/// <remarks>One context per rule per lint; not shared between threads.</remarks>
public sealed class RuleContext
{
    private readonly List<Diagnostic> diagnostics;
    private readonly DiagnosticSeverity severity;
    private readonly LintOptions options;

    // A built-in rule's messages are made when read (see Diagnostic): their formats and arguments are checked by the tests,
    // and no built-in rule changes an argument array after reporting it.
    private readonly bool builtIn;

    internal RuleContext(Zone zone, ZoneRule rule, DiagnosticSeverity severity, LintOptions options, IExternalResolver? resolver, CancellationToken cancellationToken, List<Diagnostic> sink)
    {
        Zone = zone;
        Descriptor = rule.Descriptor;
        builtIn = rule.IsBuiltIn;
        this.severity = severity;
        this.options = options;
        Resolver = resolver;
        CancellationToken = cancellationToken;
        diagnostics = sink;
    }

    /// <summary>The zone being linted.</summary>
    public Zone Zone { get; }

    /// <summary>The descriptor of the rule running.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The caller's resolver for names outside the zone, or <see langword="null"/> (rules then stay silent about them).</summary>
    public IExternalResolver? Resolver { get; }

    /// <summary>Signalled when the caller gives up; long rules should check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The DNSSEC signature algorithms the linter can verify.</summary>
    public DnssecAlgorithms DnssecAlgorithms { get; internal init; } = DnssecAlgorithms.BuiltIn;

    /// <summary>The time signature validity is judged at.</summary>
    public DateTimeOffset Now => options.Now ?? DateTimeOffset.UtcNow;

    /// <summary>Reports a finding about <paramref name="record"/>.</summary>
    public void Report(ResourceRecord record, params object?[] messageArgs)
    {
        ResourceRecord.ThrowIfDefault(record);
        Report(record.Location, record.Owner, [], messageArgs);
    }

    /// <summary>Reports a finding about <paramref name="record"/> that involves other records (an alias, each hop of a chain).</summary>
    public void Report(ResourceRecord record, IEnumerable<ResourceRecord> related, params object?[] messageArgs)
    {
        ResourceRecord.ThrowIfDefault(record);
        ArgumentNullException.ThrowIfNull(related);
        Report(record.Location, record.Owner, [.. related.Select(r => r.Location).Where(l => l.IsKnown)], messageArgs);
    }

    /// <summary>Reports a finding at a location of the rule's choosing.</summary>
    public void Report(SourceLocation location, DomainName? owner, ImmutableArray<SourceLocation> related, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(messageArgs);
        diagnostics.Add(new Diagnostic(Descriptor, severity, messageArgs, builtIn, location, owner, related));
    }

    /// <summary>How many findings the rule has reported so far.</summary>
    internal int ReportCount => diagnostics.Count;

    /// <summary>
    /// Reports a finding whose severity is the configured one moved <paramref name="steps"/> levels (clamped to info…error):
    /// for rules whose catalog entry names a milder or graver case, such as <c>?all</c> beside <c>+all</c> (ZL2004) or a key
    /// under 1024 bits beside one under 2048 (ZL3102). Configuration still rules: a rule set to <c>none</c> does not run, and
    /// lowering its severity lowers both cases.
    /// </summary>
    internal void ReportShifted(int steps, SourceLocation location, DomainName? owner, ImmutableArray<SourceLocation> related, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(messageArgs);
        int level = Math.Clamp((int)severity + steps, (int)DiagnosticSeverity.Info, (int)DiagnosticSeverity.Error);
        diagnostics.Add(new Diagnostic(Descriptor, (DiagnosticSeverity)level, messageArgs, builtIn, location, owner, related));
    }

    /// <summary>An integer setting (<c>RULEID.key</c>); a value that is not an integer in range is ZL0090 and the default applies.</summary>
    public long GetSetting(string key, long defaultValue, long min = long.MinValue, long max = long.MaxValue)
    {
        string? text = options.GetSetting(Descriptor.Id, key);
        if (text is null)
        {
            return defaultValue;
        }

        if (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) && value >= min && value <= max)
        {
            return value;
        }

        ReportBadSetting(key, text, $"an integer from {min} to {max}");
        return defaultValue;
    }

    /// <summary>A true/false setting; anything else is ZL0090 and the default applies.</summary>
    public bool GetSetting(string key, bool defaultValue)
    {
        string? text = options.GetSetting(Descriptor.Id, key);
        if (text is null)
        {
            return defaultValue;
        }

        if (bool.TryParse(text.Trim(), out bool value))
        {
            return value;
        }

        ReportBadSetting(key, text, "true or false");
        return defaultValue;
    }

    private void ReportBadSetting(string key, string text, string expected)
    {
        string where = options.Source is null ? string.Empty : $" (in {options.Source})";
        diagnostics.Add(new Diagnostic(
            ParserDiagnostics.Configuration,
            $"setting {Descriptor.Id}.{key} = '{text}' is not valid{where}: expected {expected}; the default is used",
            new SourceLocation(options.Source, 0, 0)));
    }
}
