using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL6003SoaTimersInconsistentTests
{
    [Test]
    public void Reports_retry_not_below_refresh_and_expire_below_both()
    {
        var result = RuleTestHarness.Verify("ZL6003", """
            $ORIGIN example.com.
            $TTL 3600
            [|[|@|] SOA ns1 hostmaster 1 3600 3600 5000 3600
            @ NS ns1
            @ NS ns2
            """);
        Assert.That(
            result.Diagnostics.Where(d => d.Id == "ZL6003").Select(d => d.Message),
            Has.Some.Contains("retry (3600) is not shorter than refresh (3600)").And.Some.Contains("expire (5000) is shorter than refresh + retry (7200)"));
    }

    [Test]
    public void Adds_timers_without_overflow() => RuleTestHarness.Verify("ZL6003", """
        $ORIGIN example.com.
        $TTL 3600
        [|@|] SOA ns1 hostmaster 1 4294967295 1 4294967295 3600
        @ NS ns1
        @ NS ns2
        """);

    [Test]
    public void Accepts_consistent_timers() => RuleTestHarness.Verify("ZL6003", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1 hostmaster 1 7200 3600 10800 3600
        @ NS ns1
        @ NS ns2
        """);
}
