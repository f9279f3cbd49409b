using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7010RRsetTooLargeTests
{
    private static List<Diagnostic> Findings(string snippet) =>
        [.. RuleTestHarness.Lint(RuleTestHarness.Complete(snippet)).Diagnostics.Where(d => d.Id == "ZL7010")];

    [TestCase(2_339, false, TestName = "2,339 AAAA records at one name fit a message: 65,526 octets")]
    [TestCase(2_340, true, TestName = "2,340 AAAA records at one name do not: 65,554 octets")]
    public void An_RRset_is_reported_when_its_smallest_answer_passes_65535_octets(int count, bool reported)
    {
        // The header (12), the question (pool.example.com.: 18, type and class 4), and 28 octets a record.
        var findings = Findings($"$GENERATE 1-{count} pool AAAA 2001:db8::${{0,4,x}}\n");
        Assert.That(findings, Has.Count.EqualTo(reported ? 1 : 0), string.Join("\n", findings));
        if (reported)
        {
            Assert.That(findings[0].Message, Is.EqualTo(
                "the AAAA RRset at 'pool.example.com.' (2,340 records) needs at least 65,554 octets in an answer, more than the 65,535 a DNS message holds: no server can send it"));
            Assert.That(findings[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
        }
    }

    [Test]
    public void Records_that_each_fit_a_message_can_be_too_large_together()
    {
        // Two TXT records of 130 strings of 252 octets: 32,890 octets of RDATA each. (One record too large on its own is
        // refused by the parser, ZL0002.)
        string text = string.Concat(Enumerable.Repeat(" \"" + new string('x', 252) + "\"", 130));
        var findings = Findings($"big TXT{text}\nbig TXT \"y\"{text}\n");
        Assert.That(findings.Select(d => d.Message), Is.EqualTo(new[]
        {
            "the TXT RRset at 'big.example.com.' (2 records) needs at least 65,839 octets in an answer, more than the 65,535 a DNS message holds: no server can send it",
        }));
    }

    [Test]
    public void One_record_too_large_on_its_own_is_reported_in_a_zone_built_in_code()
    {
        // 259 strings of 252 octets: 65,527 octets of RDATA. The parser refuses such a record (ZL0002); a panel's own
        // records reach the rules.
        var owner = DomainName.Parse("big.example.com.");
        var record = new ResourceRecord(owner, 300, new TxtData([.. Enumerable.Repeat(new string('x', 252), 259)]));
        var result = ZoneLinter.Default.Lint(Zone.Create(RuleTestHarness.Origin, [record]));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL7010").Select(d => d.Message), Is.EqualTo(new[]
        {
            "the TXT RRset at 'big.example.com.' (1 record) needs at least 65,572 octets in an answer, more than the 65,535 a DNS message holds: no server can send it",
        }));
    }

    [Test]
    public void Names_in_RFC_1035_types_count_as_compressed()
    {
        // Written out, 4,000 MX records to names of 20 octets are 170 KB; compressed, each takes 16 octets: 64,034.
        Assert.That(Findings("$GENERATE 1-4000 pool MX $ mx$.example.net.\n"), Is.Empty);
        Assert.That(Findings("$GENERATE 1-4200 pool MX $ mx$.example.net.\n"), Has.Count.EqualTo(1));
    }
}
