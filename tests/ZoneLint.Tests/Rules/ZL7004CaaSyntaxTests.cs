using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7004CaaSyntaxTests
{
    private static IEnumerable<Diagnostic> Findings(LintResult result) => result.Diagnostics.Where(d => d.Id == "ZL7004");

    [Test]
    public void Accepts_well_formed_properties() => RuleTestHarness.Verify("ZL7004", """
        @     CAA 0 issue "letsencrypt.org"
        @     CAA 0 issue "ca.example.net; accounturi=https://acme.example.net/acct/1234; validationmethods=dns-01,http-01"
        @     CAA 0 issuewild ";"
        @     CAA 128 issue "pki.goog"
        @     CAA 0 issue ""
        @     CAA 0 issue "ca.example.net;"
        @     CAA 0 issue "  ca.example.net  ;  policy=ev  "
        @     CAA 0 iodef "mailto:security@example.com"
        @     CAA 0 iodef "https://iodef.example.com/report"
        @     CAA 0 contactemail "security@example.com"
        @     CAA 0 contactphone "+1 (202) 555-0100"
        @     CAA 0 issuemail "mail-ca.example"
        @     CAA 0 IssueWild "ca.example.net"
        """);

    [Test]
    public void Reports_a_malformed_value_at_every_name_that_repeats_it_and_a_clean_one_at_none() => RuleTestHarness.Verify("ZL7004", """
        a         CAA 0 issue "letsencrypt.org"
        [|b|]     CAA 0 issue "letsencrypt.org."
        c         CAA 0 issue "letsencrypt.org"
        [|d|]     CAA 0 issue "letsencrypt.org."
        e         CAA 0 ISSUE "letsencrypt.org"
        [|f|]     CAA 1 issue "letsencrypt.org"
        """);

    [Test]
    public void Reports_malformed_issue_values() => RuleTestHarness.Verify("ZL7004", """
        [|a|]     CAA 0 issue "letsencrypt.org."
        [|b|]     CAA 0 issue "ca.example.net accounturi=x"
        [|d|]     CAA 0 issuewild "-ca.example.net"
        [|e|]     CAA 0 issue "%%%%%"
        [|f|]     CAA 0 issue "ca.example.net; accounturi"
        [|g|]     CAA 0 issue "ca.example.net; accounturi=relative/path"
        [|h|]     CAA 0 issue "ca.example.net; validationmethods=dns-01;;"
        [|i|]     CAA 0 issue "ca.example.net; validationmethods=dns 01"
        [|j|]     CAA 0 issue "ca..example.net"
        [|k|]     CAA 0 issue "ca.example.net; a=1; a=2"
        """);

    [Test]
    public void Malformed_value_message_says_issuance_is_forbidden()
    {
        var result = RuleTestHarness.Verify("ZL7004", """
            [|@|] CAA 0 issue "letsencrypt.org."
            """);
        Assert.That(Findings(result).Single().Message, Does.Contain("ends with '.'").And.Contain("forbids issuance").And.Contain("RFC 8659 §4.2"));
        Assert.That(Findings(result).Single().Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [TestCase("ca..example.net", "the issuer domain name 'ca..example.net' has an empty label")]
    [TestCase("ca.-example.net", "label '-example' of the issuer domain name must start and end with a letter or digit")]
    [TestCase("ca.example-.net; policy=ev", "label 'example-' of the issuer domain name")]
    [TestCase("ca.example.net.", "the issuer domain name 'ca.example.net.' ends with '.'")]
    public void Names_the_issuer_domain_or_label_that_is_wrong(string value, string expected)
    {
        var result = RuleTestHarness.Verify("ZL7004", $"""
            [|@|] CAA 0 issue "{value}"
            """);
        Assert.That(Findings(result).Single().Message, Does.Contain(expected));
    }

    [Test]
    public void Reports_reserved_flag_bits()
    {
        var result = RuleTestHarness.Verify("ZL7004", """
            [|a|] CAA 1 issue "ca.example.net"
            [|b|] CAA 129 issue "ca.example.net"
            c CAA 128 issue "ca.example.net"
            """);
        Assert.That(Findings(result).First(d => d.Message.Contains("flags 1 ", StringComparison.Ordinal)).Message, Does.Contain("value 128"));
    }

    [Test]
    public void Reports_bad_iodef_and_contact_values() => RuleTestHarness.Verify("ZL7004", """
        [|a|] CAA 0 iodef "security@example.com"
        [|b|] CAA 0 iodef "ftp://example.com/report"
        [|c|] CAA 0 iodef "mailto:"
        [|d|] CAA 0 contactemail "mailto:security@example.com"
        [|e|] CAA 0 contactphone "202 555 0100"
        """);

    [Test]
    public void An_unknown_critical_tag_is_an_error_and_an_unknown_plain_tag_a_warning()
    {
        var result = RuleTestHarness.Verify("ZL7004", """
            [|a|] CAA 128 tbs "value"
            [|b|] CAA 0 isue "ca.example.net"
            [|c|] CAA 0 policy "x"
            """);
        var byOwner = Findings(result).ToDictionary(d => d.Owner!.ToString());
        Assert.That(byOwner["a.example.com."].Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(byOwner["a.example.com."].Message, Does.Contain("blocks all issuance"));
        Assert.That(byOwner["b.example.com."].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(byOwner["b.example.com."].Message, Does.Contain("did you mean 'issue'?"));
        Assert.That(byOwner["c.example.com."].Message, Does.Contain("reserved"));
    }
}
