using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Engine;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Suppression;

/// <summary>Severities from <c>.editorconfig</c>, found by walking up from the zone file as Roslyn does.</summary>
public sealed class EditorConfigSeverityTests
{
    private const string Zone = """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
        @ NS ns1
        @ NS ns2
        ns1 A 192.0.2.1
        ns2 A 192.0.2.2
        @ MX 10 alias
        alias CNAME mx.provider.example.
        www A 192.0.2.80
        shop A 192.0.2.90
        shop TXT "v=spf1 -all"
        """;

    private string root = null!;

    [SetUp]
    public void CreateTree()
    {
        root = Path.Combine(Path.GetTempPath(), "zonelint-editorconfig-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "zones", "internal"));
        File.WriteAllText(Path.Combine(root, "zones", "example.com.zone"), Zone);
        File.WriteAllText(Path.Combine(root, "zones", "internal", "example.com.db"), Zone);
    }

    [TearDown]
    public void DeleteTree() => Directory.Delete(root, recursive: true);

    [Test]
    [NonParallelizable]
    public void A_tree_of_editorconfigs_is_held_in_memory_that_grows_with_its_files_not_their_paths()
    {
        // An .editorconfig and a zone file at each of 1,000 levels held 800 MB: each zone file's options were kept under
        // a key of every .editorconfig path above it. These 300 levels held some 25 MB of such keys.
        string dir = Path.Combine(root, "deep");
        var zoneFiles = new List<string>();
        for (int level = 1; level <= 300; level++)
        {
            dir = Path.Combine(dir, "d");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, ".editorconfig"), $"[*.zone]\nzonelint.ZL6102.max_ttl = {level}\n");
            zoneFiles.Add(Path.Combine(dir, "z.zone"));
            File.WriteAllText(zoneFiles[^1], Zone);
        }

        long before = GC.GetTotalMemory(forceFullCollection: true);
        var cache = new EditorConfigCache(LintOptions.Default);
        var options = zoneFiles.Select(cache.Load).ToList();
        long held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(cache);
        Assert.That(options.Select(o => o.RuleSettings["ZL6102.max_ttl"]), Is.EqualTo(Enumerable.Range(1, 300).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))), "the nearest .editorconfig's setting");
        Assert.That(held, Is.LessThan(8_000_000));
    }

    private void Write(string relativeDirectory, string text) => File.WriteAllText(Path.Combine(root, relativeDirectory, ".editorconfig"), text);

    private LintResult Lint(string relativeFile)
    {
        string path = Path.Combine(root, relativeFile);
        return ZoneLinter.Default.Lint(ZoneParser.ParseFile(path), EditorConfigOptions.Load(path));
    }

    private static DiagnosticSeverity? SeverityOf(LintResult result, string id) =>
        result.Diagnostics.FirstOrDefault(d => d.Id == id)?.Severity;

    [Test]
    public void A_rule_severity_overrides_the_default_and_none_turns_it_off()
    {
        Write(".", "root = true\n[*.zone]\nzonelint_diagnostic.ZL1001.severity = error\n[*.db]\nzonelint_diagnostic.ZL1001.severity = none\n");
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1001"), Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(SeverityOf(Lint("zones/internal/example.com.db"), "ZL1001"), Is.Null);
    }

    [Test]
    public void A_category_severity_applies_unless_the_rule_has_its_own()
    {
        Write(".", "root = true\n[*]\nzonelint_diagnostic.category-Mail.severity = suggestion\n");
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1001"), Is.EqualTo(DiagnosticSeverity.Info));

        Write(".", "root = true\n[*]\nzonelint_diagnostic.category-Mail.severity = suggestion\nzonelint_diagnostic.ZL1001.severity = error\n");
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1001"), Is.EqualTo(DiagnosticSeverity.Error));
    }

    [Test]
    public void A_rule_off_by_default_is_turned_on()
    {
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1009"), Is.Null);
        Write(".", "root = true\n[*.zone]\nzonelint_diagnostic.ZL1009.severity = warning\n");
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1009"), Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void The_nearer_file_wins_and_root_stops_the_walk()
    {
        Write(".", "root = true\n[*]\nzonelint_diagnostic.ZL1001.severity = error\n");
        Write("zones/internal", "[*]\nzonelint_diagnostic.ZL1001.severity = suggestion\n");
        Assert.That(SeverityOf(Lint("zones/internal/example.com.db"), "ZL1001"), Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1001"), Is.EqualTo(DiagnosticSeverity.Error));

        Write("zones", "root = true\n");
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1001"), Is.EqualTo(DiagnosticSeverity.Warning), "root = true in zones/ hides the file above it");
    }

    [Test]
    public void Path_globs_match_relative_to_the_editorconfig()
    {
        Write(".", "root = true\n[zones/internal/**]\nzonelint_diagnostic.ZL1001.severity = none\n[{a,b}.zone]\nzonelint_diagnostic.ZL1001.severity = error\n");
        Assert.That(SeverityOf(Lint("zones/internal/example.com.db"), "ZL1001"), Is.Null);
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1001"), Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void A_section_glob_too_long_to_match_is_reported_and_its_section_ignored()
    {
        // 300,000 '*' overflowed the stack, one frame per character, which no caller can catch.
        string longest = "*{" + string.Join(",", Enumerable.Repeat("e", 508)) + "}*.zone"; // 1,024 characters
        Write(".", $"root = true\n[{new string('*', 300_000)}]\nzonelint_diagnostic.ZL1001.severity = none\n[{longest}]\nzonelint_diagnostic.ZL1001.severity = error\n");
        var result = Lint("zones/example.com.zone");
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL0090").Select(d => (d.Location.Line, d.Message)), Is.EqualTo(new[]
        {
            (2, "section header is 300,000 characters long, more than the 1,024 a glob may have; the section is ignored"),
        }));
        Assert.That(longest, Has.Length.EqualTo(EditorConfigOptions.MaxGlobLength));
        Assert.That(SeverityOf(result, "ZL1001"), Is.EqualTo(DiagnosticSeverity.Error), "the long section ignored, the longest allowed matched");
    }

    [Test]
    public void Bad_values_and_keys_are_reported_with_their_line()
    {
        Write(".", "root = true\n[*]\nzonelint_diagnostic.ZL1001.severity = loud\nzonelint_diagnostic.ZL1001 = error\nzonelint.dnssec = maybe\n");
        var problems = Lint("zones/example.com.zone").Diagnostics.Where(d => d.Id == "ZL0090").ToList();
        Assert.That(problems.Select(d => d.Location.Line), Is.EqualTo(new[] { 3, 4, 5 }));
        Assert.That(problems[0].Message, Does.Contain("'loud' is not a severity"));
        Assert.That(problems[0].Location.File, Does.EndWith(".editorconfig"));
        Assert.That(SeverityOf(Lint("zones/example.com.zone"), "ZL1001"), Is.EqualTo(DiagnosticSeverity.Warning), "a bad value leaves the default");
    }

    [Test]
    public void A_file_of_many_bad_keys_reports_its_first_hundred_and_counts_the_rest()
    {
        // Each zone file the .editorconfig applies to reports its problems again: 2,000 zone files under 2,000 bad keys
        // made 4 million findings, 1.9 GB of JSON.
        Write(".", "root = true\n[*]\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"zonelint.bad{i} = x\n")) + "zonelint_diagnostic.ZL1001.severity = error\n");
        var result = Lint("zones/example.com.zone");
        var problems = result.Diagnostics.Where(d => d.Id == "ZL0090").ToList();
        Assert.That(problems.Select(d => d.Location.Line), Is.EqualTo(Enumerable.Range(3, 100).Append(103)));
        Assert.That(problems[99].Message, Is.EqualTo("'zonelint.bad99' is not a ZoneLint key: expected zonelint.<ID>.<setting> or zonelint.dnssec"));
        Assert.That(problems[100].Message, Is.EqualTo("1,900 more problems in this file, this one first, are not reported: at most 100 of a file are, for each zone file it applies to"));
        Assert.That(SeverityOf(result, "ZL1001"), Is.EqualTo(DiagnosticSeverity.Error), "the keys after the problems still apply");
    }

    [Test]
    public void Problems_of_sections_that_do_not_apply_are_reported_and_their_settings_are_not_applied()
    {
        // A run reports each .editorconfig's problems once, with one zone file, so they are all of its problems.
        Write(".", "root = true\n[*.db]\nzonelint.dnssec = maybe\nzonelint_diagnostic.ZL1001.severity = error\n[*.zone]\nzonelint_diagnostic.ZL1001.severity = loud\n");
        var result = Lint("zones/example.com.zone");
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL0090").Select(d => d.Location.Line), Is.EqualTo(new[] { 3, 6 }));
        Assert.That(SeverityOf(result, "ZL1001"), Is.EqualTo(DiagnosticSeverity.Warning), "the *.db section does not apply");
    }

    [Test]
    public void The_dnssec_switch_turns_the_category_off()
    {
        File.AppendAllText(Path.Combine(root, "zones", "example.com.zone"), "\nwww RRSIG A 13 3 3600 20000101000000 19990101000000 12345 example.com. AAAA\n");
        Assert.That(Lint("zones/example.com.zone").Diagnostics.Any(d => d.Descriptor.Category == "DNSSEC"), Is.True);
        Write(".", "root = true\n[*]\nzonelint.dnssec = off\n");
        Assert.That(Lint("zones/example.com.zone").Diagnostics.Any(d => d.Descriptor.Category == "DNSSEC"), Is.False);
    }

    [TestCase("*.zone", "a/b/example.com.zone", true)]
    [TestCase("*.zone", "example.com.db", false)]
    [TestCase("zones/*.zone", "zones/x.zone", true)]
    [TestCase("zones/*.zone", "zones/sub/x.zone", false)]
    [TestCase("zones/**.zone", "zones/sub/x.zone", true)]
    [TestCase("db.{example,test}", "db.test", true)]
    [TestCase("db.[a-c]*", "db.beta", true)]
    [TestCase("db.[!a-c]*", "db.beta", false)]
    [TestCase("/top.zone", "top.zone", true)]
    [TestCase("/top.zone", "sub/top.zone", false)]
    public void Globs(string pattern, string path, bool matches) =>
        Assert.That(EditorConfigOptions.GlobMatches(pattern, path), Is.EqualTo(matches));

    [Test]
    public void Globs_of_many_stars_cost_no_more_than_pattern_times_path()
    {
        // Each star tried every place it could stop, and each place once more for every star before it: one section of
        // 340 '**a' against a path of 3,765 characters took 3.7 s, and an .editorconfig of such sections a second each.
        string path = string.Join("/", Enumerable.Repeat(new string('a', 250), 15)) + "/" + new string('a', 250) + ".zone";
        string stars = string.Concat(Enumerable.Repeat("**a", 340));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.That(EditorConfigOptions.GlobMatches(stars + "b", path), Is.False);
        Assert.That(EditorConfigOptions.GlobMatches(stars + "/a*.zone", path), Is.True);
        Assert.That(EditorConfigOptions.GlobMatches(stars + "/b*.zone", path), Is.False);
        Assert.That(EditorConfigOptions.GlobMatches(string.Concat(Enumerable.Repeat("*a", 500)) + ".zone", path), Is.False, "'*' does not cross a '/'");
        Assert.That(EditorConfigOptions.GlobMatches(string.Concat(Enumerable.Repeat("*a", 250)) + ".zone", path), Is.True);
        Assert.That(EditorConfigOptions.GlobMatches(string.Concat(Enumerable.Repeat("**/a", 15)) + "*.zone", path), Is.True);
        Assert.That(EditorConfigOptions.GlobMatches(string.Concat(Enumerable.Repeat("**/a", 17)) + "b.zone", path), Is.False);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    /// <summary>
    /// Globs are matched directly now; they were translated to regular expressions before, and the translation (below)
    /// is the reference: any glob made of the pieces editorconfig knows must match the same paths.
    /// </summary>
    [Test]
    public void Globs_match_what_their_regular_expression_matches()
    {
        var piece = Gen.Elements("a", "b", ".", "/", "*", "**", "**/", "?", "{a,b}", "{a,,b.}", "[ab]", "[!a]", "[a-b]", "{", "[");
        var patterns = Gen.ListOf(piece).Where(p => p.Count is > 0 and < 8).Select(p => string.Concat(p));
        var paths = Gen.ListOf(Gen.Elements('a', 'b', '.', '/')).Where(p => p.Count < 10).Select(p => new string([.. p]));
        Prop.ForAll(patterns.ToArbitrary(), paths.ToArbitrary(), (pattern, path) =>
            EditorConfigOptions.GlobMatches(pattern, path) == RegexGlobMatches(pattern, path))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    private static bool RegexGlobMatches(string pattern, string relativePath)
    {
        if (!pattern.Contains('/', StringComparison.Ordinal))
        {
            pattern = "**/" + pattern;
        }
        else if (pattern.StartsWith('/'))
        {
            pattern = pattern[1..];
        }

        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                        regex.Append("(?:.*/)?");
                    }
                    else
                    {
                        regex.Append(".*");
                    }

                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '{' when pattern.IndexOf('}', i) is var close and > 0:
                    regex.Append("(?:").Append(string.Join('|', pattern[(i + 1)..close].Split(',').Select(Regex.Escape))).Append(')');
                    i = close;
                    break;
                case '[' when pattern.IndexOf(']', i) is var end and > 0:
                    string set = pattern[(i + 1)..end];
                    regex.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set).Append(']');
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return Regex.IsMatch(relativePath, regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
