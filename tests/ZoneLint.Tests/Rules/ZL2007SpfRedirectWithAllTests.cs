using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2007SpfRedirectWithAllTests
{
    [Test]
    public void Reports_the_redirect_whatever_the_order() => RuleTestHarness.Verify("ZL2007", """
        @ TXT "v=spf1 mx [|redirect=_spf.example.com|] -all"
        a TXT "v=spf1 ~all [|redirect=_spf.example.com|]"
        _spf TXT "v=spf1 a -all"
        """);

    [Test]
    public void Accepts_a_redirect_alone() => RuleTestHarness.Verify("ZL2007", """
        @ TXT "v=spf1 mx redirect=_spf.example.com"
        _spf TXT "v=spf1 a -all"
        """);
}
