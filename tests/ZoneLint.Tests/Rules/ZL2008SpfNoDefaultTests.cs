using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2008SpfNoDefaultTests
{
    [Test]
    public void Reports_a_record_without_all_or_redirect() => RuleTestHarness.Verify("ZL2008", """
        [|@|] TXT "v=spf1 mx a"
        [|a|] TXT "v=spf1"
        """);

    [Test]
    public void Accepts_records_with_a_default_and_leaves_broken_ones_to_ZL2002() => RuleTestHarness.Verify("ZL2008", """
        @ TXT "v=spf1 mx -all"
        a TXT "v=spf1 redirect=example.com"
        b TXT "v=spf1 mx redirect="
        """);
}
