using ZoneLint.Engine;

namespace ZoneLint.Cli;

/// <summary>
/// MSBuild-style lines (<c>file(line,col): warning ZL1001: message</c>) that IDEs and CI problem matchers read; in a
/// terminal, also the source line with a caret and the rule's help link.
/// </summary>
internal sealed class TextReporter(TextWriter writer, bool showSuppressed, bool terminal)
{
    private readonly Dictionary<string, string[]> sourceLines = new(StringComparer.Ordinal);

    public void Write(IReadOnlyList<FileReport> reports)
    {
        int errors = 0, warnings = 0, infos = 0, suppressed = 0, records = 0;
        foreach (var report in reports)
        {
            records += report.Result.RecordCount;
            errors += report.Result.ErrorCount;
            warnings += report.Result.WarningCount;
            infos += report.Result.InfoCount;
            suppressed += report.Result.SuppressedCount;
            foreach (var d in report.Result.Diagnostics)
            {
                if (d.IsSuppressed && !showSuppressed)
                {
                    continue;
                }

                WriteDiagnostic(d, report.File);
            }
        }

        writer.WriteLine(
            $"zonelint: {Plural(reports.Count, "file")}, {Plural(records, "record")}: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "suggestion")}" +
            (suppressed > 0 ? $" ({suppressed} suppressed)" : string.Empty));
    }

    private void WriteDiagnostic(Diagnostic d, string file)
    {
        string location = d.Location.File is null ? file : d.Location.ToString();
        if (d.Location.File is not null && !d.Location.IsKnown)
        {
            location = d.Location.File;
        }

        string severity = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        string suffix = d.IsSuppressed ? $" [suppressed: {d.Suppression!.Source}{(d.Suppression.Justification is null ? string.Empty : " -- " + d.Suppression.Justification)}]" : string.Empty;
        if (!terminal)
        {
            writer.WriteLine($"{location}: {severity} {d.Id}: {d.Message}{suffix}");
            return;
        }

        string color = d.Severity switch
        {
            DiagnosticSeverity.Error => "\u001b[31m",
            DiagnosticSeverity.Warning => "\u001b[33m",
            _ => "\u001b[36m",
        };
        writer.WriteLine($"\u001b[1m{location}\u001b[0m: {color}{severity} {d.Id}\u001b[0m: {d.Message}{suffix}");
        if (d.Location.File is { } path && d.Location.IsKnown && SourceLine(path, d.Location.Line) is { } line)
        {
            writer.WriteLine($"  {d.Location.Line,5} | {line}");
            int column = Math.Max(1, d.Location.Column);
            writer.WriteLine($"        | {new string(' ', Math.Min(column - 1, line.Length))}{color}^\u001b[0m");
        }

        writer.WriteLine($"        = help: {d.Descriptor.HelpLinkUri}");
    }

    private string? SourceLine(string path, int line)
    {
        if (!sourceLines.TryGetValue(path, out var lines))
        {
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                lines = [];
            }

            sourceLines[path] = lines;
        }

        return line >= 1 && line <= lines.Length ? lines[line - 1].Replace('\t', ' ') : null;
    }

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? string.Empty : "s")}";
}
