namespace ZoneLint.Cli;

/// <summary>The process exit codes: a public interface that scripts rely on.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the <c>--fail-on</c> severity.</summary>
    public const int Clean = 0;

    /// <summary>At least one unsuppressed finding at or above the <c>--fail-on</c> severity.</summary>
    public const int Findings = 1;

    /// <summary>The command line was wrong, or a path does not exist.</summary>
    public const int Usage = 2;
}
