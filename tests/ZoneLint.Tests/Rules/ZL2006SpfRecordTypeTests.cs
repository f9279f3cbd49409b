using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2006SpfRecordTypeTests
{
    [Test]
    public void Reports_every_spf_type_record_and_says_whether_a_txt_twin_exists()
    {
        var result = RuleTestHarness.Verify("ZL2006", """
            [|@|] SPF "v=spf1 -all"
            [|a|] SPF "v=spf1 mx -all"
            a TXT "v=spf1 mx -all"
            """);
        var messages = result.Diagnostics.Where(d => d.Id == "ZL2006").OrderBy(d => d.Location.Line).Select(d => d.Message).ToList();
        Assert.That(messages[0], Does.Contain("no TXT SPF record"));
        Assert.That(messages[1], Does.Contain("TXT SPF record is the one used"));
    }

    [Test]
    public void Accepts_spf_published_as_txt() => RuleTestHarness.Verify("ZL2006", """
        @ TXT "v=spf1 -all"
        """);
}
