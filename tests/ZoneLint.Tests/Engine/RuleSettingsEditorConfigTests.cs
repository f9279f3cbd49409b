using ZoneLint.Engine;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Engine;

/// <summary>
/// A rule setting read end to end: <c>.editorconfig</c> beside a zone file, through <see cref="EditorConfigOptions.Load"/>,
/// to the rule (ZL8003's warning window) and, for a bad value, to ZL0090 naming the file.
/// </summary>
public sealed class RuleSettingsEditorConfigTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A signature that expires 20 days after <see cref="Now"/>: outside the default 7-day window, inside 30 days.</summary>
    private const string Zone = """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
        @ NS ns1
        @ NS ns2
        ns1 A 192.0.2.1
        ns2 A 192.0.2.2
        www A 192.0.2.80
        www RRSIG A 13 3 3600 20250621000000 20250501000000 12345 example.com. AAAA
        """;

    private string directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "zonelint-settings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "example.com.zone"), Zone);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    private LintResult LintWith(string? editorConfig)
    {
        if (editorConfig is not null)
        {
            File.WriteAllText(Path.Combine(directory, ".editorconfig"), editorConfig);
        }

        string zone = Path.Combine(directory, "example.com.zone");
        var options = EditorConfigOptions.Load(zone, LintOptions.Default with { Now = Now });
        return ZoneLinter.Default.Lint(ZoneParser.ParseFile(zone), options);
    }

    [Test]
    public void The_default_window_does_not_reach_the_signature() =>
        Assert.That(LintWith("root = true\n").Diagnostics.Select(d => d.Id), Does.Not.Contain("ZL8003"));

    [Test]
    public void A_window_set_in_editorconfig_reaches_the_rule()
    {
        var result = LintWith("root = true\n\n[*.zone]\nzonelint.ZL8003.window = 2592000 ; 30 days\n");
        var finding = result.Diagnostics.Single(d => d.Id == "ZL8003");
        Assert.That(finding.Message, Does.Contain("expires at 2025-06-21 00:00:00Z, in 20 days"));
        Assert.That(finding.Location.Line, Is.EqualTo(9));
    }

    [Test]
    public void A_setting_in_a_section_for_other_files_does_not_apply() =>
        Assert.That(LintWith("root = true\n\n[*.db]\nzonelint.ZL8003.window = 2592000\n").Diagnostics.Select(d => d.Id), Does.Not.Contain("ZL8003"));

    [Test]
    public void An_invalid_value_is_ZL0090_naming_the_file_and_the_default_applies()
    {
        var result = LintWith("root = true\n\n[*.zone]\nzonelint.ZL8003.window = a month\n");
        var problem = result.Diagnostics.Single(d => d.Id == "ZL0090");
        Assert.That(problem.Message, Does.Contain("ZL8003.window = 'a month' is not valid").And.Contain(Path.Combine(directory, ".editorconfig")));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Not.Contain("ZL8003"));
    }
}
