using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1008MxExchangeListedTwiceTests
{
    [Test]
    public void Reports_the_same_exchange_under_two_preferences_names_compared_without_case()
    {
        var result = RuleTestHarness.Verify("ZL1008", """
            @ MX 10 mail
            [|@|] MX 20 MAIL.example.com.
            @ MX 30 mail.EXAMPLE.com.
            mail A 192.0.2.25
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL1008");
        Assert.That(finding.Message, Does.Contain("preferences 10, 20, 30"));
        Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(2));
    }

    [Test]
    public void Accepts_distinct_exchanges_exact_copies_and_repeated_null_mx() => RuleTestHarness.Verify("ZL1008", """
        @ MX 10 mx1
        @ MX 10 mx2
        a MX 10 mail
        a MX 10 mail
        b MX 0 .
        b MX 10 .
        c MX 10 mail
        """);
}
