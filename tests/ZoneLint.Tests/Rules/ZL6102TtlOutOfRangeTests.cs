using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL6102TtlOutOfRangeTests
{
    private static LintOptions Settings(string key, string value) =>
        LintOptions.Default with { RuleSettings = LintOptions.Default.RuleSettings.SetItem("ZL6102." + key, value) };

    [Test]
    public void Reports_zero_and_over_a_week_by_default() => RuleTestHarness.Verify("ZL6102", """
        [|a|] 0 A 192.0.2.1
        b 1 A 192.0.2.2
        c 604800 A 192.0.2.3
        [|d|] 604801 A 192.0.2.4
        """);

    [Test]
    public void Maximum_comes_from_the_setting()
    {
        var result = RuleTestHarness.Verify(
            "ZL6102",
            """
            $ORIGIN example.com.
            $TTL 300
            @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            @ NS ns1
            @ NS ns2
            a A 192.0.2.1
            [|b|] 301 A 192.0.2.2
            """,
            Settings("max_ttl", "300"));
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL6102").Message, Is.EqualTo("TTL 301 of this A record is above the configured maximum of 300 (setting ZL6102.max_ttl)"));
    }

    [Test]
    public void Minimum_comes_from_the_setting() => RuleTestHarness.Verify(
        "ZL6102",
        """
        a 0 A 192.0.2.1
        """,
        Settings("min_ttl", "0"));
}
