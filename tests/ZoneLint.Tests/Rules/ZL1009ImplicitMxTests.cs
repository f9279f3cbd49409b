using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1009ImplicitMxTests
{
    private static readonly LintOptions Enabled =
        LintOptions.Default with { RuleSeverities = LintOptions.Default.RuleSeverities.SetItem("ZL1009", RuleSeverity.Info) };

    [Test]
    public void Reports_mail_domains_with_addresses_and_no_mx() => RuleTestHarness.Verify("ZL1009", """
        [|@|] A 192.0.2.80
        [|news|] AAAA 2001:db8::80
        news TXT "v=spf1 a -all"
        [|shop|] A 192.0.2.81
        _dmarc.shop TXT "v=DMARC1; p=none"
        """, Enabled);

    [Test]
    public void Accepts_hosts_that_are_not_mail_domains_and_domains_with_an_mx() => RuleTestHarness.Verify("ZL1009", """
        @ A 192.0.2.80
        @ MX 10 mail
        mail A 192.0.2.25
        www A 192.0.2.80
        parked A 192.0.2.82
        parked MX 0 .
        parked TXT "v=spf1 -all"
        child NS ns.elsewhere.example.
        child A 192.0.2.83
        """, Enabled);

    [Test]
    public void Is_off_by_default()
    {
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete("@ A 192.0.2.80\n"));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Not.Contain("ZL1009"));
        Assert.That(ZoneLinter.Default.Descriptors.Single(d => d.Id == "ZL1009").IsEnabledByDefault, Is.False);
    }
}
