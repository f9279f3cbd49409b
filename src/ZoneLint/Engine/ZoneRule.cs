using System.Reflection;

namespace ZoneLint.Engine;

/// <summary>
/// A check over a zone. Subclasses declare what they report with a <see cref="ZoneRuleAttribute"/> on the class,
/// the way analyzers declare their diagnostics, and implement <see cref="Analyze"/>.
/// </summary>
/// <remarks>
/// A rule instance is shared by every lint the linter runs, possibly at the same time: keep no state in fields.
/// Read the zone through its indexes (<see cref="Model.Zone.Find(Model.DomainName)"/>, <see cref="Model.ZoneNode.Get"/>),
/// never by scanning every record for each record.
/// </remarks>
public abstract class ZoneRule
{
    /// <summary>Reads the descriptor from the class's <see cref="ZoneRuleAttribute"/>.</summary>
    /// <exception cref="InvalidOperationException">The class has no <see cref="ZoneRuleAttribute"/>.</exception>
    protected ZoneRule()
    {
        var attribute = GetType().GetCustomAttribute<ZoneRuleAttribute>(inherit: false)
            ?? throw new InvalidOperationException($"{GetType().FullName} must declare its descriptor with [ZoneRule(...)].");
        Descriptor = attribute.ToDescriptor();
        IsBuiltIn = GetType().Assembly == typeof(ZoneRule).Assembly;
    }

    /// <summary>What this rule reports.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Whether the rule is one of ZoneLint's own rather than a third-party rule.</summary>
    /// <remarks>PERF: asked for each rule on each zone; in native code (AOT) a type's assembly is read from metadata on
    /// every call, which was a fifth of the samples of 10,000 small zones linted in one process.</remarks>
    internal bool IsBuiltIn { get; }

    /// <summary>Checks the zone in <paramref name="context"/> and reports findings through it.</summary>
    public abstract void Analyze(RuleContext context);
}

/// <summary>Declares a rule's descriptor on its class.</summary>
/// <param name="id">A stable ID; built-in rules use <c>ZLnnnn</c>, third-party rules a prefix of their own.</param>
/// <param name="title">A short title.</param>
/// <param name="messageFormat">The message, with <c>{0}</c>… placeholders.</param>
/// <param name="category">The category, such as <c>Mail</c>.</param>
/// <param name="defaultSeverity">The severity when nothing configures it.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ZoneRuleAttribute(string id, string title, string messageFormat, string category, DiagnosticSeverity defaultSeverity) : Attribute
{
    /// <summary>The stable ID.</summary>
    public string Id { get; } = id;

    /// <summary>The title.</summary>
    public string Title { get; } = title;

    /// <summary>The message format.</summary>
    public string MessageFormat { get; } = messageFormat;

    /// <summary>The category.</summary>
    public string Category { get; } = category;

    /// <summary>The default severity.</summary>
    public DiagnosticSeverity DefaultSeverity { get; } = defaultSeverity;

    /// <summary>Whether the rule runs when nothing configures it. Defaults to <see langword="true"/>.</summary>
    public bool IsEnabledByDefault { get; set; } = true;

    /// <summary>A help link; when unset, built-in rule pages are linked by ID.</summary>
    public string? HelpLinkUri { get; set; }

    internal DiagnosticDescriptor ToDescriptor() =>
        new(Id, Title, MessageFormat, Category, DefaultSeverity, IsEnabledByDefault, HelpLinkUri);
}
