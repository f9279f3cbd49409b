using System.Collections.Immutable;
using System.Globalization;

namespace ZoneLint.Engine;

/// <summary>
/// Per-lint settings: severities by rule and by category, rule settings (thresholds), suppressions, the time DNSSEC
/// checks measure against, and the DNSSEC switch. The same settings <c>.editorconfig</c> gives the command-line tool.
/// </summary>
/// <remarks>Immutable; build with object initialisers and <c>with</c>.</remarks>
public sealed record LintOptions
{
    /// <summary>Nothing configured: every rule at its default.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>Severity by rule ID (<c>zonelint_diagnostic.ZL1001.severity</c>).</summary>
    public ImmutableDictionary<string, RuleSeverity> RuleSeverities { get; init; } = ImmutableDictionary.Create<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity by category (<c>zonelint_diagnostic.category-Mail.severity</c>); a rule's own setting wins.</summary>
    public ImmutableDictionary<string, RuleSeverity> CategorySeverities { get; init; } = ImmutableDictionary.Create<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity for every rule not otherwise configured (<c>zonelint_diagnostic.severity</c>).</summary>
    public RuleSeverity? DefaultSeverity { get; init; }

    /// <summary>Rule settings keyed <c>RULEID.setting</c>, such as <c>ZL6102.max_ttl</c> = <c>86400</c>.</summary>
    public ImmutableDictionary<string, string> RuleSettings { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Suppressions given in code, as <see cref="SuppressZoneRuleAttribute"/> gives them in an assembly.</summary>
    public ImmutableArray<SuppressZoneRuleAttribute> Suppressions { get; init; } = [];

    /// <summary>The time signature validity is judged at; <see langword="null"/> means now.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Whether the DNSSEC category runs. Off for signed zones checked elsewhere.</summary>
    public bool Dnssec { get; init; } = true;

    /// <summary>Where these options came from, for ZL0090 messages (an .editorconfig path, say).</summary>
    public string? Source { get; init; }

    /// <summary>Problems found while reading these options (ZL0090), reported with the lint's result.</summary>
    public ImmutableArray<Diagnostic> Problems { get; init; } = [];

    /// <summary>Parses <c>none</c>, <c>silent</c>, <c>suggestion</c>, <c>info</c>, <c>warning</c>, <c>error</c> (any case).</summary>
    public static bool TryParseSeverity(string text, out RuleSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (text.Trim().ToLowerInvariant())
        {
            case "none":
            case "silent":
                severity = RuleSeverity.None;
                return true;
            case "suggestion":
            case "info":
                severity = RuleSeverity.Info;
                return true;
            case "warning":
                severity = RuleSeverity.Warning;
                return true;
            case "error":
                severity = RuleSeverity.Error;
                return true;
            default:
                severity = default;
                return false;
        }
    }

    internal RuleSeverity EffectiveSeverity(DiagnosticDescriptor descriptor)
    {
        if (RuleSeverities.TryGetValue(descriptor.Id, out var s) || CategorySeverities.TryGetValue(descriptor.Category, out s))
        {
            return s;
        }

        if (DefaultSeverity is { } all && descriptor.IsEnabledByDefault)
        {
            return all;
        }

        return descriptor.IsEnabledByDefault ? (RuleSeverity)(int)descriptor.DefaultSeverity : RuleSeverity.None;
    }

    internal string? GetSetting(string ruleId, string key) =>
        RuleSettings.TryGetValue(ruleId + "." + key, out var value) ? value : null;

    internal static string Format(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
