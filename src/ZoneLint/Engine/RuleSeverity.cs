namespace ZoneLint.Engine;

/// <summary>A configured severity: <see cref="None"/> turns a rule off; the others override its default.</summary>
public enum RuleSeverity
{
    /// <summary>The rule does not run.</summary>
    None,

    /// <summary>Report as a suggestion (<c>suggestion</c> in .editorconfig).</summary>
    Info,

    /// <summary>Report as a warning.</summary>
    Warning,

    /// <summary>Report as an error.</summary>
    Error,
}
