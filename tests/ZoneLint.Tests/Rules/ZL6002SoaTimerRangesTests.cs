using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL6002SoaTimerRangesTests
{
    private static LintOptions Settings(params (string Key, string Value)[] settings) =>
        LintOptions.Default with
        {
            RuleSettings = LintOptions.Default.RuleSettings.SetItems(settings.Select(s => new KeyValuePair<string, string>("ZL6002." + s.Key, s.Value))),
        };

    [Test]
    public void Reports_each_timer_below_its_minimum()
    {
        var result = RuleTestHarness.Verify("ZL6002", """
            $ORIGIN example.com.
            $TTL 3600
            [|[|[|@|] SOA ns1 hostmaster 1 600 300 86400 60
            @ NS ns1
            @ NS ns2
            """);
        Assert.That(
            result.Diagnostics.Where(d => d.Id == "ZL6002").Select(d => d.Message),
            Has.Some.Contains("SOA refresh is 600 seconds, below the recommended minimum of 1200")
                .And.Some.Contains("SOA expire is 86400")
                .And.Some.Contains("min_minimum"));
    }

    [Test]
    public void Reports_a_negative_caching_ttl_above_a_day() => RuleTestHarness.Verify("ZL6002", """
        $ORIGIN example.com.
        $TTL 3600
        [|@|] SOA ns1 hostmaster 1 7200 3600 1209600 172800
        @ NS ns1
        @ NS ns2
        """);

    [Test]
    public void Accepts_recommended_timers() => RuleTestHarness.Verify("ZL6002", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1 hostmaster 1 1200 300 604800 300
        @ NS ns1
        @ NS ns2
        """);

    [Test]
    public void Thresholds_come_from_settings() => RuleTestHarness.Verify(
        "ZL6002",
        """
        $ORIGIN example.com.
        $TTL 3600
        [|@|] SOA ns1 hostmaster 1 600 300 86400 60
        @ NS ns1
        @ NS ns2
        """,
        Settings(("min_refresh", "600"), ("min_expire", "86400"), ("min_minimum", "120")));

    [Test]
    public void A_bad_setting_is_reported_and_the_default_applies()
    {
        var result = RuleTestHarness.Verify(
            "ZL6002",
            """
            $ORIGIN example.com.
            $TTL 3600
            [|@|] SOA ns1 hostmaster 1 600 300 604800 300
            @ NS ns1
            @ NS ns2
            """,
            Settings(("min_refresh", "soon")));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL0090").Select(d => d.Message), Has.One.Contains("ZL6002.min_refresh"));
    }
}
