using System.Reflection;
using System.Text.RegularExpressions;
using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Engine;

/// <summary>Meta-tests over every rule: registered, unique, documented, examples that behave, quiet on an empty zone.</summary>
public partial class RuleCatalogTests
{
    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => ZoneLinter.Default.Descriptors;

    private static IEnumerable<string> AllIds() => AllDescriptors().Select(d => d.Id);

    [Test]
    public void Every_rule_class_is_registered()
    {
        var ruleTypes = typeof(ZoneLinter).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ZoneRule)) && !t.IsAbstract)
            .Select(t => t.GetCustomAttribute<ZoneRuleAttribute>()!.Id)
            .Order(StringComparer.Ordinal);
        Assert.That(ruleTypes, Is.EquivalentTo(ZoneLinter.Default.Descriptors.Where(d => !d.Id.StartsWith("ZL0", StringComparison.Ordinal)).Select(d => d.Id)));
    }

    [Test]
    public void Every_rule_class_is_sealed_and_named_by_its_id()
    {
        foreach (var type in typeof(ZoneLinter).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ZoneRule)) && !t.IsAbstract))
        {
            var id = type.GetCustomAttribute<ZoneRuleAttribute>()!.Id;
            Assert.That(type.IsSealed, Is.True, type.Name);
            Assert.That(type.Name, Does.StartWith(id), type.Name);
        }
    }

    [Test]
    public void Ids_are_unique() => Assert.That(AllIds(), Is.Unique);

    [TestCaseSource(nameof(AllIds))]
    public void Has_a_documentation_page(string id)
    {
        string page = Repository.Path("docs", "rules", id + ".md");
        Assert.That(File.Exists(page), Is.True, $"docs/rules/{id}.md is missing");
        string text = File.ReadAllText(page);
        Assert.That(text, Does.StartWith($"# {id}:"));
        foreach (var section in new[] { "## Cause", "## Why it matters", "## How to fix", "## How to suppress", "## References" })
        {
            Assert.That(text, Does.Contain(section), $"{id}.md lacks '{section}'");
        }
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void Help_link_points_at_the_page(DiagnosticDescriptor descriptor) =>
        Assert.That(descriptor.HelpLinkUri, Does.EndWith($"/docs/rules/{descriptor.Id}.md"));

    /// <summary>Rules whose examples need more than one zone snippet (parser rules) say so on their page.</summary>
    [TestCaseSource(nameof(AllIds))]
    public void Documentation_examples_behave(string id)
    {
        string text = File.ReadAllText(Repository.Path("docs", "rules", id + ".md"));
        string? incorrect = Example(text, "Incorrect");
        string? correct = Example(text, "Correct");
        if (incorrect is null && correct is null)
        {
            Assert.Ignore($"{id} has no zone examples");
        }

        var options = EnableAll(id);
        if (incorrect is not null)
        {
            var result = RuleTestHarness.Lint(RuleTestHarness.Complete(incorrect), options);
            Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain(id), $"the incorrect example of {id} does not raise it:\n{incorrect}");
        }

        if (correct is not null)
        {
            var result = RuleTestHarness.Lint(RuleTestHarness.Complete(correct), options);
            Assert.That(result.Diagnostics.Where(d => d.Id == id).Select(d => d.ToString()), Is.Empty, $"the correct example of {id} raises it:\n{correct}");
        }
    }

    [TestCaseSource(nameof(AllIds))]
    public void An_empty_zone_does_not_crash_the_rule(string id)
    {
        var zone = ZoneLint.Model.Zone.Create(RuleTestHarness.Origin, []);
        var result = ZoneLinter.Default.Lint(zone, EnableAll(id));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL0090").Select(d => d.Message), Is.Empty);
    }

    /// <summary>
    /// <c>docs/rules/README.md</c> lists every descriptor once, under the heading of its range, with its default severity,
    /// category and title, linking its page. The failure message gives the rows to paste for IDs missing from it.
    /// </summary>
    [Test]
    public void The_rule_index_matches_the_descriptors()
    {
        var rows = new Dictionary<string, (string Severity, string Category, string Title, string Range)>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        string range = string.Empty;
        foreach (string line in File.ReadLines(Repository.Path("docs", "rules", "README.md")))
        {
            if (Regex.Match(line, @"^## (ZL\dxxx):") is { Success: true } heading)
            {
                range = heading.Groups[1].Value;
                continue;
            }

            var row = Regex.Match(line, @"^\| \[(?<id>ZL\d{4})\]\((?<link>[^)]+)\) \| (?<severity>[^|]+) \| (?<category>[^|]+) \| (?<title>.+) \|$");
            if (!row.Success)
            {
                continue;
            }

            string id = row.Groups["id"].Value;
            Assert.That(row.Groups["link"].Value, Is.EqualTo(id + ".md"), $"{id} links the wrong page");
            if (!rows.TryAdd(id, (row.Groups["severity"].Value, row.Groups["category"].Value, row.Groups["title"].Value, range)))
            {
                duplicates.Add(id);
            }
        }

        Assert.That(duplicates, Is.Empty, "IDs listed twice in docs/rules/README.md");
        var descriptors = AllDescriptors().ToList();
        var missing = descriptors.Where(d => !rows.ContainsKey(d.Id)).Select(IndexRow).ToList();
        Assert.That(missing, Is.Empty, "rows missing from docs/rules/README.md:\n" + string.Join("\n", missing));
        Assert.That(rows.Keys.Except(descriptors.Select(d => d.Id)), Is.Empty, "docs/rules/README.md lists IDs no rule reports");
        foreach (var d in descriptors)
        {
            var (severity, category, title, heading) = rows[d.Id];
            Assert.That((severity, category, title), Is.EqualTo((IndexSeverity(d), d.Category, d.Title)), $"{d.Id} in docs/rules/README.md; expected: {IndexRow(d)}");
            Assert.That(heading, Is.EqualTo(d.Id[..3] + "xxx"), $"{d.Id} is listed under the wrong range");
        }
    }

    private static string IndexSeverity(DiagnosticDescriptor d)
    {
        string severity = d.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "suggestion",
        };
        return d.IsEnabledByDefault ? severity : $"off ({severity})";
    }

    private static string IndexRow(DiagnosticDescriptor d) => $"| [{d.Id}]({d.Id}.md) | {IndexSeverity(d)} | {d.Category} | {d.Title} |";

    private static LintOptions EnableAll(string id) =>
        LintOptions.Default with { RuleSeverities = LintOptions.Default.RuleSeverities.SetItem(id, RuleSeverity.Warning) };

    private static string? Example(string page, string heading)
    {
        var match = Regex.Match(page, $@"###\s+{heading}\s*\n+```zone\n(?<body>.*?)```", RegexOptions.Singleline);
        return match.Success ? match.Groups["body"].Value : null;
    }
}
