using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1005NullMxPreferenceNotZeroTests
{
    [Test]
    public void Reports_root_exchanges_with_a_preference_other_than_zero()
    {
        var result = RuleTestHarness.Verify("ZL1005", """
            [|@|] MX 10 .
            [|a|] MX 65535 .
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL1005").Select(d => d.Message), Has.Some.Contains("preference 65535"));
    }

    [Test]
    public void Accepts_the_null_mx_and_ordinary_mx_with_any_preference() => RuleTestHarness.Verify("ZL1005", """
        @ MX 0 .
        a MX 10 mail
        b MX 0 mail
        """);
}
