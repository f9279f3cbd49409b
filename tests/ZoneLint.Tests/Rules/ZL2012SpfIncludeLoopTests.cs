using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2012SpfIncludeLoopTests
{
    [Test]
    public void Reports_a_loop_once_at_its_first_name_with_the_whole_loop()
    {
        var result = RuleTestHarness.Verify("ZL2012", """
            @ TXT "v=spf1 mx [|include:_a.example.com|] -all"
            _a TXT "v=spf1 include:_b.example.com -all"
            _b TXT "v=spf1 redirect=example.com"
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL2012").Message, Is.EqualTo(
            "SPF include/redirect loop: example.com. include:_a.example.com → _a.example.com. include:_b.example.com → _b.example.com. redirect=example.com → example.com.; receivers fail with permerror"));
    }

    [Test]
    public void Reports_a_record_that_includes_itself() => RuleTestHarness.Verify("ZL2012", """
        mail TXT "v=spf1 [|include:mail.example.com|] -all"
        """);

    [Test]
    public void Accepts_shared_includes_without_a_cycle() => RuleTestHarness.Verify("ZL2012", """
        @ TXT "v=spf1 include:_a.example.com include:_b.example.com -all"
        _a TXT "v=spf1 include:_common.example.com -all"
        _b TXT "v=spf1 include:_common.example.com -all"
        _common TXT "v=spf1 ip4:192.0.2.0/24 -all"
        www TXT "v=spf1 include:_a.example.com redirect=www.example.com -all"
        """);
}
