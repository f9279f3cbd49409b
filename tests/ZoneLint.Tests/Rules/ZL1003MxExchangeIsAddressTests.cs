using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1003MxExchangeIsAddressTests
{
    [Test]
    public void Reports_addresses_written_relative_absolute_and_as_ipv6()
    {
        var result = RuleTestHarness.Verify("ZL1003", """
            [|@|] MX 10 10.0.0.1
            [|a|] MX 10 192.0.2.1.
            [|b|] MX 10 2001:db8::25
            $ORIGIN sub.example.com.
            [|c|] MX 10 198.51.100.7
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL1003").Select(d => d.Message), Has.Some.Contains("IP address 10.0.0.1 ")
            .And.Some.Contains("IP address 2001:db8::25 "));
    }

    [Test]
    public void Accepts_host_names_that_only_start_with_digits() => RuleTestHarness.Verify("ZL1003", """
        a MX 10 mail
        b MX 10 256.0.0.1
        c MX 10 1.2.3
        d MX 10 10.0.0.1.mx.provider.example.
        e MX 10 1.2.3.4.5
        f MX 0 .
        """);

    [Test]
    public void Is_not_also_reported_as_a_missing_address_or_a_bad_host_name()
    {
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete("@ MX 10 10.0.0.1\na MX 10 192.0.2.1.\n"));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Not.Contain("ZL1002").And.Not.Contain("ZL1007"));
        Assert.That(result.Diagnostics.Count(d => d.Id == "ZL1003"), Is.EqualTo(2));
    }
}
