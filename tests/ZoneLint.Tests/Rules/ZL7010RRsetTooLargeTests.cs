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

    [TestCase(0, TestName = "A TXT RRset too large at a name that also has an address")]
    [TestCase(20, TestName = "A TXT RRset too large at a name of many address records")]
    public void An_RRset_too_large_is_found_whatever_else_its_name_owns(int addresses)
    {
        string text = string.Concat(Enumerable.Repeat(" \"" + new string('x', 252) + "\"", 130));
        string others = addresses == 0 ? "big A 192.0.2.1\n" : $"$GENERATE 1-{addresses} big A 192.0.2.$\n";
        var findings = Findings($"{others}big TXT{text}\nbig MX 10 mail\nbig TXT \"y\"{text}\n");
        Assert.That(findings.Select(d => (d.Message, d.Location.Line)), Is.EqualTo(new[]
        {
            ("the TXT RRset at 'big.example.com.' (2 records) needs at least 65,839 octets in an answer, more than the 65,535 a DNS message holds: no server can send it",
                9), // The first TXT record: the preamble's seven lines, then the addresses.
        }));
    }

    [Test]
    public void Records_of_a_type_it_does_not_know_are_sized_from_their_data()
    {
        // TYPE65280 in RFC 3597 form, 30,000 octets of RDATA each: three are too large together.
        string data = string.Concat(Enumerable.Repeat("ab", 30_000));
        string Record(int i) => $"blob TYPE65280 \\# 30000 {data[..^2]}{i:x2}\n";
        Assert.That(Findings(Record(1) + Record(2)), Is.Empty);
        Assert.That(Findings(Record(1) + Record(2) + Record(3)).Select(d => d.Message), Is.EqualTo(new[]
        {
            "the TYPE65280 RRset at 'blob.example.com.' (3 records) needs at least 90,070 octets in an answer, more than the 65,535 a DNS message holds: no server can send it",
        }));
    }

    // _sip._tcp.example.com.: the header and question 39 octets; each SRV 37 (its target, 19 octets, in full).
    [TestCase("_sip._tcp SRV 0 0 5060 t${0,4,d}.example.net.", 1_770, "65,529")]
    [TestCase("_sip._tcp SRV 0 0 5060 t${0,4,d}.example.net.", 1_771, "65,566")]

    // caa.example.com.: 33 octets; each CAA 37 (flags, tag length, "issue" and an 18-octet value).
    [TestCase("caa CAA 0 issue ca${0,4,d}.example.net", 1_770, "65,523")]
    [TestCase("caa CAA 0 issue ca${0,4,d}.example.net", 1_771, "65,560")]
    public void Records_sized_from_their_data_are_counted_to_the_octet(string template, int count, string octets)
    {
        var findings = Findings($"$GENERATE 1-{count} {template}\n");
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        bool tooLarge = int.Parse(octets, System.Globalization.NumberStyles.AllowThousands, invariant) > 65_535;
        Assert.That(findings, Has.Count.EqualTo(tooLarge ? 1 : 0), string.Join("\n", findings));
        if (tooLarge)
        {
            Assert.That(findings[0].Message, Does.Contain($"({count.ToString("N0", invariant)} records) needs at least {octets} octets"));
        }
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
