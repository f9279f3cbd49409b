using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

// The boundaries are BIND 9.18.49's: named -g on these zones loads 100 of each and refuses 101 ("too many records").
public class ZL7011BindRecordLimitsTests
{
    private static List<Diagnostic> Findings(string snippet, LintOptions? options = null) =>
        [.. RuleTestHarness.Lint(RuleTestHarness.Complete(snippet), options).Diagnostics.Where(d => d.Id == "ZL7011")];

    private static string Signature(string covered, int tag) =>
        $"x RRSIG {covered} 8 3 300 20300101000000 20200101000000 {tag} example.com. AAAA\n";

    private static string Addresses(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"big A 10.0.{i / 256}.{i % 256}\n"));

    private static string Types(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"x TYPE{1000 + i} \\# 0\n"));

    [TestCase(100, false)]
    [TestCase(101, true)]
    public void An_RRset_of_more_than_100_records_is_reported_at_its_first_record(int count, bool reported)
    {
        var findings = Findings("before A 192.0.2.9\n" + Addresses(count));
        Assert.That(findings, Has.Count.EqualTo(reported ? 1 : 0), string.Join("\n", findings));
        if (reported)
        {
            Assert.That(findings[0].Message, Is.EqualTo(
                "the A RRset at 'big.example.com.' has 101 records, more than BIND's max-records-per-type allows (100, its default since 9.18.28): named refuses to load the zone"));
            Assert.That(findings[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(findings[0].Location.Line, Is.EqualTo(9), "the preamble's seven lines, 'before', then the first A");
        }
    }

    [Test]
    public void Copies_of_one_record_count_each_as_BIND_counts_them()
    {
        string copies = string.Concat(Enumerable.Repeat("big A 192.0.2.1\n", 101));
        Assert.That(Findings(copies).Select(d => d.Message), Is.EqualTo(new[]
        {
            "the A RRset at 'big.example.com.' has 101 records, more than BIND's max-records-per-type allows (100, its default since 9.18.28): named refuses to load the zone",
        }));
    }

    [TestCase(100, false)]
    [TestCase(101, true)]
    public void A_name_of_more_than_100_types_is_reported_at_its_first_record(int count, bool reported)
    {
        var findings = Findings(Types(count));
        Assert.That(findings, Has.Count.EqualTo(reported ? 1 : 0), string.Join("\n", findings));
        if (reported)
        {
            Assert.That(findings[0].Message, Is.EqualTo(
                "'x.example.com.' has 101 RRsets (an RRSIG set counts once per type it covers), more than BIND's max-types-per-name allows (100, its default since 9.18.28): named refuses to load the zone"));
            Assert.That(findings[0].Location.Line, Is.EqualTo(8));
        }
    }

    [TestCase(50, false, TestName = "50 types and their 50 RRSIG sets are 100 RRsets")]
    [TestCase(51, true, TestName = "51 types and their 51 RRSIG sets are 102 RRsets")]
    public void Signatures_count_once_per_type_they_cover(int count, bool reported)
    {
        string zone = string.Concat(Enumerable.Range(1, count).Select(i => $"x TYPE{1000 + i} \\# 0\n" + Signature($"TYPE{1000 + i}", i)));
        var findings = Findings(zone);
        Assert.That(findings.Select(d => d.Message), Is.EqualTo(reported
            ? new[] { "'x.example.com.' has 102 RRsets (an RRSIG set counts once per type it covers), more than BIND's max-types-per-name allows (100, its default since 9.18.28): named refuses to load the zone" }
            : []));
    }

    [Test]
    public void Signatures_are_counted_by_the_type_they_cover()
    {
        string records = "x A 192.0.2.1\nx TXT \"t\"\n";
        string sixtyEach = string.Concat(Enumerable.Range(1, 60).Select(i => Signature("A", i) + Signature("TXT", i)));
        Assert.That(Findings(records + sixtyEach), Is.Empty, "120 signatures, 60 over each type");

        string overA = string.Concat(Enumerable.Range(1, 101).Select(i => Signature("A", i)));
        Assert.That(Findings(records + overA).Select(d => d.Message), Is.EqualTo(new[]
        {
            "the RRSIG RRset covering A at 'x.example.com.' has 101 records, more than BIND's max-records-per-type allows (100, its default since 9.18.28): named refuses to load the zone",
        }));
    }

    [Test]
    public void The_caps_are_settings_under_BINDs_names_and_0_turns_one_off()
    {
        var ten = Settings(("ZL7011.max_records_per_type", "10"));
        Assert.That(Findings(Addresses(10), ten), Is.Empty);
        Assert.That(Findings(Addresses(11), ten).Select(d => d.Message), Is.EqualTo(new[]
        {
            "the A RRset at 'big.example.com.' has 11 records, more than BIND's max-records-per-type allows (10, as set for ZL7011): named refuses to load the zone",
        }));

        var off = Settings(("ZL7011.max_records_per_type", "0"));
        Assert.That(Findings(Addresses(500), off), Is.Empty);

        var typesOff = Settings(("ZL7011.max_types_per_name", "0"));
        Assert.That(Findings(Types(150), typesOff), Is.Empty);
        Assert.That(Findings(Types(150)), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_setting_that_is_not_a_count_is_ZL0090_and_the_default_applies()
    {
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(Addresses(101)), Settings(("ZL7011.max_records_per_type", "-5")));
        Assert.That(result.Diagnostics.Count(d => d.Id == "ZL0090"), Is.EqualTo(1));
        Assert.That(result.Diagnostics.Count(d => d.Id == "ZL7011"), Is.EqualTo(1));
    }

    private static LintOptions Settings(params (string Key, string Value)[] settings) =>
        LintOptions.Default with { RuleSettings = settings.Aggregate(LintOptions.Default.RuleSettings, (all, s) => all.SetItem(s.Key, s.Value)) };
}
