using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL5001NoApexNameServersTests
{
    [Test]
    public void Reports_an_apex_without_ns_at_the_soa() => RuleTestHarness.Verify("ZL5001", """
        $ORIGIN example.com.
        $TTL 3600
        [|@|] SOA ns1 hostmaster 1 7200 3600 1209600 3600
        www A 192.0.2.10
        sub NS ns1.example.net.
        sub NS ns2.example.net.
        """);

    [Test]
    public void Accepts_an_apex_with_name_servers() => RuleTestHarness.Verify("ZL5001", """
        www A 192.0.2.10
        """);

    [Test]
    public void Reports_at_the_first_record_when_the_apex_has_no_soa_either()
    {
        var result = RuleTestHarness.Lint("""
            $ORIGIN example.com.
            $TTL 3600
            www A 192.0.2.10
            """);
        var found = result.Diagnostics.Where(d => d.Id == "ZL5001").ToList();
        Assert.That(found.Select(d => (d.Location.Line, d.Location.Column)), Is.EqualTo(new[] { (3, 1) }));
        Assert.That(found[0].Message, Does.Contain("'example.com.'"));
    }

    [Test]
    public void Leaves_a_zone_with_no_records_to_the_soa_rule()
    {
        var result = ZoneLinter.Default.Lint(Zone.Create(RuleTestHarness.Origin, []));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Not.Contain("ZL5001").And.Contain("ZL6001"));
    }
}
