namespace ZoneLint;

/// <summary>What a <see cref="SuppressZoneRuleAttribute"/> covers.</summary>
public enum SuppressionScope
{
    /// <summary>Findings whose owner is exactly the target name.</summary>
    Name,

    /// <summary>Findings whose owner is the target name or any name below it.</summary>
    NameAndDescendants,

    /// <summary>Every finding in the zone whose origin is the target name (or every zone when no target is given).</summary>
    Zone,
}

/// <summary>
/// Suppresses a rule for a name, a subtree or a zone, in code that embeds ZoneLint — the counterpart of
/// <see cref="System.Diagnostics.CodeAnalysis.SuppressMessageAttribute"/> in a GlobalSuppressions.cs file.
/// </summary>
/// <example><code>[assembly: SuppressZoneRule("ZL1001", Target = "mail.example.com.", Justification = "Provider requires the alias")]</code></example>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SuppressZoneRuleAttribute : Attribute
{
    /// <summary>Suppresses <paramref name="ruleId"/>.</summary>
    public SuppressZoneRuleAttribute(string ruleId) => RuleId = ruleId;

    /// <summary>The rule ID, such as <c>ZL1001</c>.</summary>
    public string RuleId { get; }

    /// <summary>The owner name or zone the suppression covers; <see langword="null"/> with <see cref="SuppressionScope.Zone"/> covers every zone.</summary>
    public string? Target { get; set; }

    /// <summary>What <see cref="Target"/> means. Defaults to <see cref="SuppressionScope.Name"/>.</summary>
    public SuppressionScope Scope { get; set; } = SuppressionScope.Name;

    /// <summary>Why the finding is acceptable; shown with the suppressed diagnostic.</summary>
    public string? Justification { get; set; }
}
