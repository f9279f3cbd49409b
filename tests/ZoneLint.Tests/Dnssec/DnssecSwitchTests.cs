using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Dnssec;

/// <summary>
/// The DNSSEC rules are all in the DNSSEC category, so the switch that turns the category off — LintOptions.Dnssec,
/// <c>zonelint.dnssec = off</c> in .editorconfig, <c>--dnssec off</c> — silences every one of them; and unsigned zones
/// never raise them.
/// </summary>
public class DnssecSwitchTests
{
    private static readonly string[] Ids = [.. ZoneLinter.Default.Descriptors.Where(d => d.Id.StartsWith("ZL81", StringComparison.Ordinal)).Select(d => d.Id)];

    /// <summary>A zone that raises many of the rules: signed, then broken in several ways.</summary>
    private static string Broken() =>
        SignedZones.Nsec()
            .Replace("192.0.2.10", "192.0.2.11")
            .Remove(l => SignedText.IsRecord(l, "mail.example.com.", "NSEC"))
            .Add("late.example.com. 3600 IN TXT \"unsigned\"")
            .Add("@ 3600 IN CDS 0 0 0 01")
            .Text;

    [Test]
    public void Every_rule_is_in_the_DNSSEC_category() =>
        Assert.That(ZoneLinter.Default.Descriptors.Where(d => Ids.Contains(d.Id)).Select(d => d.Category).ToList(), Has.Count.EqualTo(21).And.All.EqualTo("DNSSEC"));

    [Test]
    public void The_broken_zone_raises_several_rules_when_DNSSEC_is_on() =>
        Assert.That(SignedZones.DnssecFindings(SignedZones.Lint(Broken())).Select(d => d.Id).Distinct(), Is.SupersetOf(new[] { "ZL8101", "ZL8102", "ZL8123", "ZL8130" }));

    [Test]
    public void LintOptions_Dnssec_off_silences_them() =>
        Assert.That(SignedZones.DnssecFindings(SignedZones.Lint(Broken(), SignedZones.Options with { Dnssec = false })), Is.Empty);

    [Test]
    public void Editorconfig_dnssec_off_silences_them()
    {
        string dir = Path.Combine(Path.GetTempPath(), "zonelint-dnssec-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n[*.zone]\nzonelint.dnssec = off\n");
            string file = Path.Combine(dir, "example.com.zone");
            File.WriteAllText(file, Broken());
            var options = EditorConfigOptions.Load(file, SignedZones.Options);
            Assert.That(options.Dnssec, Is.False);
            var parsed = ZoneParser.ParseFile(file, ZoneParseOptions.Default with { Origin = RuleTestHarness.Origin });
            Assert.That(SignedZones.DnssecFindings(ZoneLinter.Default.Lint(parsed, options)), Is.Empty);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Category_severity_none_silences_them_too() =>
        Assert.That(SignedZones.DnssecFindings(SignedZones.Lint(Broken(), SignedZones.Options with { CategorySeverities = SignedZones.Options.CategorySeverities.SetItem("DNSSEC", RuleSeverity.None) })), Is.Empty);

    /// <summary>Every corpus zone without DNSSEC records (and the repository's example zones) is clean under the DNSSEC rules.</summary>
    [Test]
    public void Unsigned_zones_raise_none_of_them()
    {
        var dnssecTypes = new[] { RRType.RRSIG, RRType.DNSKEY, RRType.DS, RRType.NSEC, RRType.NSEC3, RRType.NSEC3PARAM, RRType.CDS, RRType.CDNSKEY, RRType.ZONEMD };
        var files = Directory.EnumerateFiles(Repository.Corpus, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".j2", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Repository.Path("zones"), "*.zone"))
            .Where(f => new FileInfo(f).Length < 3_000_000)
            .ToList();
        int checkedZones = 0;
        foreach (var file in files)
        {
            string dir = Path.GetDirectoryName(file)!;
            var parsed = ZoneParser.ParseFile(file, ZoneParseOptions.Default with { Origin = DomainName.Parse("example."), IncludeRoot = dir, IncludeBaseDirectory = dir });
            if (parsed.Zone.Records.Count == 0 || parsed.Zone.Records.Any(r => dnssecTypes.Contains(r.Type)))
            {
                continue;
            }

            checkedZones++;
            var findings = SignedZones.DnssecFindings(ZoneLinter.Default.Lint(parsed));
            Assert.That(findings.Select(d => d.ToString()), Is.Empty, file);
        }

        Assert.That(checkedZones, Is.GreaterThan(150));
    }
}
