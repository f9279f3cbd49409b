using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4011TargetBelowDnameTests
{
    [Test]
    public void Reports_mx_ns_and_srv_targets_below_a_dname()
    {
        var result = RuleTestHarness.Verify("ZL4011", """
            d DNAME example.net.
            [|@|] MX 10 mail.d
            [|sub|] NS ns.d
            [|_sip._tcp|] SRV 0 0 5060 sip.d
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL4011").Select(d => d.Message), Has.Some.Contains("redirected to 'mail.example.net.'"));
    }

    [Test]
    public void Accepts_targets_at_the_dname_owner_and_elsewhere() => RuleTestHarness.Verify("ZL4011", """
        d DNAME example.net.
        d A 192.0.2.1
        @ MX 10 d
        sub NS ns1
        _sip._tcp SRV 0 0 0 .
        """);

    [Test]
    public void Leaves_records_whose_owner_is_below_the_dname_to_ZL4010() => RuleTestHarness.Verify("ZL4011", """
        d DNAME example.net.
        x.d MX 10 mail.d
        """);
}
