using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2002SpfSyntaxTests
{
    [Test]
    public void Reports_each_error_at_its_term()
    {
        var result = RuleTestHarness.Verify("ZL2002", """
            @ TXT "v=spf1 ip4:[|192.0.2.300|] [|inlcude:_spf.example.com|] a:mail.example.com[|/33|] -all"
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL2002").Select(d => d.Message), Has.Some.Contains("unknown mechanism 'inlcude'"));
    }

    [Test]
    public void Reports_bad_macros_and_domains() => RuleTestHarness.Verify("ZL2002", """
        @ TXT "v=spf1 exists:[|%{c}|].example.com include:[|localhost|] -all"
        mail TXT "v=spf1 redirect=_spf.example.com [|redirect=_spf2.example.com|]"
        """);

    [Test]
    public void Reports_unknown_modifiers_as_likely_typos_but_not_registered_ones()
    {
        var result = RuleTestHarness.Verify("ZL2002", """
            @ TXT "v=spf1 mx [|redirct=_spf.example.com|] ra=postmaster -all"
            sub TXT "v=spf1 a -all [|v=spf1|] mx -all"
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL2002").Select(d => d.Message), Has.Some.Contains("two SPF records joined"));
    }

    [Test]
    public void Reports_a_version_that_runs_into_the_first_term() => RuleTestHarness.Verify("ZL2002", """
        @ TXT "[|v=spf1mx -all"
        """);

    [Test]
    public void Maps_positions_into_the_string_that_holds_the_term() => RuleTestHarness.Verify("ZL2002", """
        @ TXT "v=spf1 ip4:192.0.2.1 " "ip4:198.51.100.1 [|frob|] -all"
        a TXT "v=spf1 exp=x\"y.example.com [|frob|] -all"
        """);

    [Test]
    public void Reports_a_text_repeated_at_several_names_at_each_of_them() => RuleTestHarness.Verify("ZL2002", """
        @ TXT "v=spf1 mx [|frob|] -all"
        a TXT "v=spf1 mx [|frob|] -all"
        b TXT "v=spf1 " "mx [|frob|] -all"
        c TXT    "v=spf1 mx [|frob|] -all"
        """);

    [Test]
    public void Accepts_valid_records_other_txt_and_occluded_data() => RuleTestHarness.Verify("ZL2002", """
        @ TXT "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a mx include:_spf.example.com exists:%{i}._spf.%{d} -all"
        @ TXT "google-site-verification=abc123"
        _spf TXT "v=spf1 a:mail.example.com/24//64 ~all"
        sub NS ns.other.example.
        sub TXT "v=spf1 frob"
        """);
}
