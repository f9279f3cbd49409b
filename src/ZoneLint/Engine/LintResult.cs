using System.Collections.Immutable;

namespace ZoneLint.Engine;

/// <summary>The findings of one lint, in a deterministic order (file, line, column, ID, message), suppressed ones included and marked.</summary>
public sealed class LintResult
{
    internal LintResult(ImmutableArray<Diagnostic> diagnostics, int recordCount)
    {
        Diagnostics = diagnostics;
        RecordCount = recordCount;
        foreach (var d in diagnostics)
        {
            if (d.IsSuppressed)
            {
                SuppressedCount++;
                continue;
            }

            switch (d.Severity)
            {
                case DiagnosticSeverity.Error: ErrorCount++; break;
                case DiagnosticSeverity.Warning: WarningCount++; break;
                default: InfoCount++; break;
            }
        }
    }

    /// <summary>Every finding, suppressed ones included.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>How many records the zone holds.</summary>
    public int RecordCount { get; }

    /// <summary>Errors not suppressed.</summary>
    public int ErrorCount { get; }

    /// <summary>Warnings not suppressed.</summary>
    public int WarningCount { get; }

    /// <summary>Suggestions not suppressed.</summary>
    public int InfoCount { get; }

    /// <summary>Suppressed findings of any severity.</summary>
    public int SuppressedCount { get; }

    /// <summary>Whether an unsuppressed finding is at or above <paramref name="severity"/>.</summary>
    public bool Fails(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ErrorCount > 0,
        DiagnosticSeverity.Warning => ErrorCount + WarningCount > 0,
        _ => ErrorCount + WarningCount + InfoCount > 0,
    };
}
