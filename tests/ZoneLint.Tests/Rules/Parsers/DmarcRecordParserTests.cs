using ZoneLint.Rules.Dmarc;

namespace ZoneLint.Tests.Rules.Parsers;

/// <summary>The DMARC reader against RFC 7489 §6.3–§6.4: valid records, and invalid ones with '^' before the error.</summary>
public class DmarcRecordParserTests
{
    [TestCase("v=DMARC1; p=none")]
    [TestCase("v=DMARC1; p=reject; rua=mailto:dmarc@example.com")]
    [TestCase("v=DMARC1;p=quarantine;pct=50;adkim=s;aspf=r;fo=0:1:d:s;rf=afrf;ri=86400;sp=none")]
    [TestCase("v=DMARC1; p=reject; rua=mailto:a@example.com!10m, mailto:b@example.net!500; ruf=mailto:f@example.com!1G")]
    [TestCase(" v = DMARC1 ; p = Reject ; ")]
    [TestCase("v=DMARC1; p=reject; np=reject; psd=n; t=n")]
    [TestCase("v=DMARC1; p=none; pct=0; ri=4294967295; fo = 1 : d")]
    public void Accepts(string text)
    {
        var dmarc = DmarcRecord.Parse(text, policyRecord: true);
        Assert.That(dmarc.Errors.Select(e => $"{e.Offset}: {e.Message}"), Is.Empty);
        Assert.That(DmarcRecord.IsDmarc(text), Is.True);
    }

    [TestCase("^p=reject; v=DMARC1", "must start with v=DMARC1")]
    [TestCase("v=^dmarc1; p=reject", "exactly DMARC1")]
    [TestCase("v=DMARC1; p=^block", "expected none, quarantine or reject")]
    [TestCase("v=DMARC1; p=none; sp=^all", "expected none, quarantine or reject")]
    [TestCase("^v=DMARC1; rua=mailto:d@example.com", "has no p= tag")]
    [TestCase("v=DMARC1; p=none; pct=^101", "from 0 to 100")]
    [TestCase("v=DMARC1; p=none; pct=^-5", "from 0 to 100")]
    [TestCase("v=DMARC1; p=none; adkim=^x", "r (relaxed) or s (strict)")]
    [TestCase("v=DMARC1; p=none; fo=0:^x", "'x' is not a failure-reporting option")]
    [TestCase("v=DMARC1; p=none; rf=^iodef", "the only one is afrf")]
    [TestCase("v=DMARC1; p=none; ri=^4294967296", "from 0 to 4294967295")]
    [TestCase("v=DMARC1; p=none; rua=^dmarc@example.com", "write mailto:dmarc@example.com")]
    [TestCase("v=DMARC1; p=none; rua=mailto:a@example.com^!10x", "is not a size limit")]
    [TestCase("v=DMARC1; p=none; rua=^https://example.com/dmarc", "only required to send reports to mailto:")]
    [TestCase("v=DMARC1; p=none; rua=^mailto:nobody", "local-part@domain")]
    [TestCase("v=DMARC1; p=none; rua=mailto:a@example.com,^", "empty report URI")]
    [TestCase("v=DMARC1; p=none; ^p=reject", "appears more than once")]
    [TestCase("v=DMARC1; p=none; ^rau=mailto:x@example.com", "unknown tag 'rau'")]
    [TestCase("v=DMARC1; p=none;^;", "empty tag")]
    [TestCase("v=DMARC1; p=none; ^1x=y", "is not a tag name")]
    [TestCase("v=DMARC1; p=none; ^junk", "is not a tag=value pair")]
    public void Rejects_at_the_offending_position(string marked, string message)
    {
        int expected = marked.IndexOf('^', StringComparison.Ordinal);
        string text = marked.Remove(expected, 1);
        var dmarc = DmarcRecord.Parse(text, policyRecord: true);
        Assert.That(dmarc.Errors, Is.Not.Empty, text);
        Assert.That(dmarc.Errors[0].Offset, Is.EqualTo(expected), dmarc.Errors[0].Message);
        Assert.That(dmarc.Errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void An_authorization_record_needs_no_policy() =>
        Assert.That(DmarcRecord.Parse("v=DMARC1", policyRecord: false).Errors, Is.Empty);

    [Test]
    public void Reads_report_uris_with_their_mail_domains_and_positions()
    {
        const string text = "v=DMARC1; p=none; rua=mailto:a@Reports.Example.net!10m,mailto:b@example.com; ruf=mailto:f@forensic.example";
        var uris = DmarcRecord.Parse(text, policyRecord: true).ReportUris;
        Assert.That(uris.Select(u => (u.Tag, u.MailDomain!.ToString(), u.Offset)), Is.EqualTo(new[]
        {
            ("rua", "Reports.Example.net.", text.IndexOf("mailto:a", StringComparison.Ordinal)),
            ("rua", "example.com.", text.IndexOf("mailto:b", StringComparison.Ordinal)),
            ("ruf", "forensic.example.", text.IndexOf("mailto:f", StringComparison.Ordinal)),
        }));
    }

    [TestCase("v=DMARC1; p=none", true)]
    [TestCase("v = DMARC1", true)]
    [TestCase("v=DMARC1", true)]
    [TestCase("v=dmarc1; p=none", false)]
    [TestCase("p=none; v=DMARC1", false)]
    [TestCase("v=DMARC2; p=none", false)]
    [TestCase("v=spf1 -all", false)]
    public void Recognizes_dmarc_records_as_receivers_do(string text, bool isDmarc) =>
        Assert.That(DmarcRecord.IsDmarc(text), Is.EqualTo(isDmarc));
}
