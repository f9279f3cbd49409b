using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4010DataBelowDnameTests
{
    [Test]
    public void Reports_each_owner_below_a_dname_once()
    {
        var result = RuleTestHarness.Verify("ZL4010", """
            d DNAME example.net.
            [|www.d|] A 192.0.2.1
            www.d AAAA 2001:db8::1
            [|deep.er.d|] TXT "also hidden"
            """);
        Assert.That(result.Diagnostics.First(d => d.Id == "ZL4010").AdditionalLocations, Has.Length.EqualTo(1));
    }

    [Test]
    public void Reports_more_than_one_dname_at_an_owner() => RuleTestHarness.Verify("ZL4010", """
        e DNAME a.example.net.
        [|e|] DNAME b.example.net.
        """);

    [Test]
    public void Reports_a_delegation_below_a_dname_once_at_its_cut() => RuleTestHarness.Verify("ZL4010", """
        d DNAME example.net.
        [|sub.d|] NS ns.elsewhere.example.
        host.sub.d A 192.0.2.1
        """);

    [Test]
    public void Reports_data_below_an_apex_dname() => RuleTestHarness.Verify("ZL4010", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1.example.net. hostmaster 1 7200 3600 1209600 3600
        @ NS ns1.example.net.
        @ DNAME example.net.
        [|www|] A 192.0.2.1
        """);

    [Test]
    public void Accepts_other_types_beside_the_dname_and_exact_copies() => RuleTestHarness.Verify("ZL4010", """
        d DNAME example.net.
        d A 192.0.2.1
        d MX 10 mail.example.net.
        e DNAME example.net.
        e DNAME EXAMPLE.net.
        """);
}
