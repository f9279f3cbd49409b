namespace ZoneLint.Engine;

/// <summary>How serious a finding is. <c>.editorconfig</c> spells <see cref="Info"/> as <c>suggestion</c>, as Roslyn does.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A suggestion: worth knowing, not worth failing a build.</summary>
    Info = 1,

    /// <summary>Likely to cause trouble; fails a build only with <c>--fail-on warning</c>.</summary>
    Warning = 2,

    /// <summary>Wrong: the zone will not load, or will not work as intended.</summary>
    Error = 3,
}
