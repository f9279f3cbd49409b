namespace ZoneLint.Cli;

/// <summary>Colour only for a terminal, and never when <c>NO_COLOR</c> is set (https://no-color.org).</summary>
internal static class Terminal
{
    public static bool UseColor(bool isTerminal) =>
        isTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
