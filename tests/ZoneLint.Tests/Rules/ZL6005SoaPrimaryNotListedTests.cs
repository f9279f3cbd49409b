using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL6005SoaPrimaryNotListedTests
{
    [Test]
    public void Reports_a_primary_missing_from_the_apex_ns()
    {
        var result = RuleTestHarness.Verify("ZL6005", """
            $ORIGIN example.com.
            $TTL 3600
            [|@|] SOA hidden.example.net. hostmaster 1 7200 3600 1209600 3600
            @ NS ns1
            @ NS ns2
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL6005").Message, Does.Contain("'hidden.example.net.'").And.Contain("ns1.example.com., ns2.example.com."));
    }

    [Test]
    public void Compares_names_without_case() => RuleTestHarness.Verify("ZL6005", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA NS2.Example.COM. hostmaster 1 7200 3600 1209600 3600
        @ NS ns1
        @ NS ns2
        """);

    [Test]
    public void Stays_silent_without_apex_ns() => RuleTestHarness.Verify("ZL6005", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA hidden.example.net. hostmaster 1 7200 3600 1209600 3600
        """);
}
