using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Infrastructure;

/// <summary>
/// Lints zone snippets and compares findings with locations marked in the snippet: <c>[|</c> marks where a diagnostic
/// of the rule under test must start; <c>|]</c> closes the mark for readability. Snippets without an SOA get
/// <see cref="Preamble"/> (a clean apex for <c>example.com.</c>) in front.
/// </summary>
internal static class RuleTestHarness
{
    public static readonly DomainName Origin = DomainName.Parse("example.com.");

    public const string Preamble =
        "$ORIGIN example.com.\n" +
        "$TTL 3600\n" +
        "@ SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600\n" +
        "@ NS ns1.example.com.\n" +
        "@ NS ns2.example.com.\n" +
        "ns1 A 192.0.2.1\n" +
        "ns2 A 192.0.2.2\n";

    public static string Complete(string snippet)
    {
        bool hasSoa = snippet.Split('\n').Any(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"(^|\s)SOA(\s|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        return hasSoa ? snippet : Preamble + snippet;
    }

    public static LintResult Lint(string zoneText, LintOptions? options = null, ZoneLinter? linter = null)
    {
        var parsed = ZoneParser.Parse(zoneText, ZoneParseOptions.Default with { Origin = Origin });
        return (linter ?? ZoneLinter.Default).Lint(parsed, options);
    }

    /// <summary>Asserts that <paramref name="ruleId"/> reports exactly at the marked places, and nowhere else.</summary>
    public static LintResult Verify(string ruleId, string markup, LintOptions? options = null, ZoneLinter? linter = null)
    {
        var (text, expected) = ParseMarkup(Complete(markup));
        var result = Lint(text, options, linter);
        var actual = result.Diagnostics.Where(d => d.Id == ruleId && !d.IsSuppressed).Select(d => (d.Location.Line, d.Location.Column)).ToList();
        string all = string.Join("\n", result.Diagnostics.Select(d => "  " + d));
        Assert.That(actual, Is.EquivalentTo(expected), $"{ruleId} findings differ from the marks in:\n{text}\nAll findings:\n{all}");
        return result;
    }

    /// <summary>Removes <c>[|</c> and <c>|]</c> and returns the 1-based (line, column) of each <c>[|</c>.</summary>
    public static (string Text, List<(int Line, int Column)> Marks) ParseMarkup(string markup)
    {
        var marks = new List<(int, int)>();
        var sb = new System.Text.StringBuilder(markup.Length);
        int line = 1, column = 1;
        for (int i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                marks.Add((line, column));
                i++;
                continue;
            }

            if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0)
            {
                i++;
                continue;
            }

            char c = markup[i];
            sb.Append(c);
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (sb.ToString(), marks);
    }
}
