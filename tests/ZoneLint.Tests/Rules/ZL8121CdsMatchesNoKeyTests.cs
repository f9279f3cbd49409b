using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Dnssec;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8121CdsMatchesNoKeyTests
{
    private static readonly string Key = $"@ DNSKEY {CdsTesting.Dnskey(CdsTesting.Key)}\n";

    [Test]
    public void CDS_and_CDNSKEY_of_an_apex_key_are_clean() =>
        RuleTestHarness.Verify("ZL8121", Key + $"@ CDS {CdsTesting.Ds(CdsTesting.Key)}\n@ CDNSKEY {CdsTesting.Dnskey(CdsTesting.Key)}\n");

    [Test]
    public void CDS_with_a_wrong_digest_is_reported()
    {
        string cds = CdsTesting.Ds(CdsTesting.Key);
        string wrong = cds[..^1] + (cds[^1] == '0' ? '1' : '0');
        RuleTestHarness.Verify("ZL8121", Key + $"[|@ CDS {wrong}\n");
    }

    [Test]
    public void CDS_for_the_next_key_beside_one_for_the_current_key_is_fine() =>
        RuleTestHarness.Verify("ZL8121", Key + $"@ CDS {CdsTesting.Ds(CdsTesting.Key)}\n@ CDS {CdsTesting.Ds(CdsTesting.OtherKey)}\n");

    [Test]
    public void CDNSKEY_of_a_key_the_zone_does_not_have_is_reported() =>
        RuleTestHarness.Verify("ZL8121", Key + $"[|@ CDNSKEY {CdsTesting.Dnskey(CdsTesting.OtherKey)}\n");

    [Test]
    public void CDS_in_a_zone_without_keys_is_reported() =>
        RuleTestHarness.Verify("ZL8121", $"[|@ CDS {CdsTesting.Ds(CdsTesting.Key)}\n");

    [Test]
    public void Delete_requests_and_uncomputable_digests_are_not_judged() =>
        RuleTestHarness.Verify("ZL8121", Key + "@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 AA==\n@ CDS 1 13 3 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\n");

    [TestCase("good-cds.db")]
    [TestCase("good-cdnskey.db")]
    [TestCase("good-cds-unsigned.db")]
    public void Bind_good_rows_are_clean(string file) => Assert.That(Findings(file), Is.Empty);

    [TestCase("bad-cds.db", 4)]
    [TestCase("bad-cdnskey.db", 4)]
    public void Bind_bad_rows_are_reported_at_the_record_bind_rejects(string file, int line) =>
        Assert.That(Findings(file), Is.EqualTo(new[] { line }));

    private static int[] Findings(string file)
    {
        string directory = Path.Combine(Repository.Corpus, "bind-checkzone", "checkzone");
        var parsed = ZoneParser.ParseFile(Path.Combine(directory, "zones", file), ZoneParseOptions.Default with { Origin = DomainName.Parse("example."), IncludeRoot = directory });
        Assert.That(parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        return [.. ZoneLinter.Default.Lint(parsed).Diagnostics.Where(d => d.Id is "ZL8121" or "ZL8122" or "ZL8123").Select(d => d.Location.Line)];
    }
}
