using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing;

/// <summary>Parses snippets for the grammar tables and shows what came out, so a failure message says everything.</summary>
internal static class ParserTestSupport
{
    /// <summary>The header most tables put before their snippet: an origin and a default TTL.</summary>
    public const string Header = "$ORIGIN example.com.\n$TTL 3600\n";

    public static ParseResult Parse(string text, ZoneParseOptions? options = null) => ZoneParser.Parse(text, options);

    /// <summary>Parses <see cref="Header"/> + <paramref name="body"/> and asserts that nothing was reported.</summary>
    public static IReadOnlyList<ResourceRecord> Clean(string body, ZoneParseOptions? options = null) => CleanText(Header + body, options);

    /// <summary>Parses <paramref name="text"/> as given and asserts that nothing was reported.</summary>
    public static IReadOnlyList<ResourceRecord> CleanText(string text, ZoneParseOptions? options = null)
    {
        var result = Parse(text, options);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty, "unexpected diagnostics for:\n" + text);
        return result.Zone.Records;
    }

    /// <summary>The records as presentation lines (owner TTL class type rdata), in file order.</summary>
    public static string[] Lines(IEnumerable<ResourceRecord> records) => [.. records.Select(r => r.ToString())];

    /// <summary>The last record: most tables put the record under test last.</summary>
    public static ResourceRecord Last(string body) => Clean(body)[^1];

    public static string Show(ParseResult result)
    {
        var sb = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            sb.Append("  ").AppendLine(d.ToString());
        }

        foreach (var r in result.Zone.Records)
        {
            sb.Append("  | ").AppendLine(r.ToString());
        }

        return sb.ToString();
    }

    /// <summary>
    /// Asserts that <paramref name="markup"/> (with <c>[|</c> marking where the one diagnostic starts) gives exactly
    /// one diagnostic, of <paramref name="id"/>, there, whose message holds each of <paramref name="fragments"/>; and
    /// that every record whose owner starts with <c>ok</c> was still read (resynchronisation after the error).
    /// </summary>
    public static ParseResult ExpectOne(string id, string markup, string[] fragments, ZoneParseOptions? options = null)
    {
        var (text, marks) = RuleTestHarness.ParseMarkup(markup);
        Assert.That(marks, Has.Count.EqualTo(1), "the snippet must mark exactly one place");
        var result = Parse(text, options);
        string shown = $"\n{text}\n---\n{Show(result)}";
        Assert.That(result.Diagnostics.Select(d => $"{d.Id}({d.Location.Line},{d.Location.Column})"), Is.EqualTo(new[] { $"{id}({marks[0].Line},{marks[0].Column})" }), shown);
        var diagnostic = result.Diagnostics[0];
        Assert.That(diagnostic.Severity, Is.EqualTo(id is "ZL0007" or "ZL0009" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error), shown);
        foreach (string fragment in fragments)
        {
            Assert.That(diagnostic.Message, Does.Contain(fragment), shown);
        }

        var expectedOk = text.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^(ok[\w-]*)(\.example\.com\.)?\s"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value + ".example.com.")
            .Distinct()
            .ToList();
        var owners = result.Zone.Records.Select(r => r.Owner.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.That(expectedOk, Is.Not.Empty, "each error case needs a good record (owner ok…) after the error");
        Assert.That(expectedOk.Where(o => !owners.Contains(o)), Is.Empty, "records after the error were not read:" + shown);
        return result;
    }

    /// <summary>A directory of files for <c>$INCLUDE</c> tests, removed afterwards.</summary>
    public sealed class TempTree : IDisposable
    {
        public TempTree()
        {
            Root = Path.Combine(Path.GetTempPath(), "zonelint-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        public string Write(string relativePath, string content)
        {
            string path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return path;
        }

        public ZoneParseOptions Options => ZoneParseOptions.Default with { IncludeRoot = Root };

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
