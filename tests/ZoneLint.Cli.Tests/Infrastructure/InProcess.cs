namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>What a <c>zonelint</c> run returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs the CLI in-process through its entry point, exactly as Program.cs does but with captured writers.</summary>
internal static class InProcess
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode = ZoneLintCommand.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }
}
