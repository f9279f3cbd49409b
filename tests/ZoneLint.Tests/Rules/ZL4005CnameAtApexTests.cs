using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4005CnameAtApexTests
{
    [Test]
    public void Reports_a_cname_at_the_apex() => RuleTestHarness.Verify("ZL4005", """
        [|@|] CNAME www.example.net.
        """);

    [Test]
    public void Accepts_cnames_below_the_apex() => RuleTestHarness.Verify("ZL4005", """
        www CNAME www.example.net.
        """);
}
