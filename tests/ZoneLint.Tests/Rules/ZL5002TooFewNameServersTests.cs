using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL5002TooFewNameServersTests
{
    [Test]
    public void Reports_an_apex_with_one_name_server() => RuleTestHarness.Verify("ZL5002", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            [|NS|] ns1
        ns1 A 192.0.2.1
        """);

    [Test]
    public void Reports_delegations_with_one_distinct_name_server() => RuleTestHarness.Verify("ZL5002", """
        [|sub|] NS ns.sub
        ns.sub A 192.0.2.5
        [|dup|] NS ns1.provider.example.
        dup NS NS1.Provider.Example.
        ok NS a.provider.example.
        ok NS b.provider.example.
        """);

    [Test]
    public void Ignores_occluded_ns_below_a_delegation() => RuleTestHarness.Verify("ZL5002", """
        sub NS a.provider.example.
        sub NS b.provider.example.
        deeper.sub NS c.provider.example.
        """);

    [Test]
    public void Message_names_the_owner_and_the_only_server()
    {
        var result = RuleTestHarness.Verify("ZL5002", """
            [|sub|] NS ns.provider.example.
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL5002").Message, Does.Contain("the delegation 'sub.example.com.'").And.Contain("'ns.provider.example.'"));
    }
}
