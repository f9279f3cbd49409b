using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL6001SoaPresenceTests
{
    [Test]
    public void Reports_a_second_apex_soa_and_a_soa_below_the_apex()
    {
        var result = RuleTestHarness.Verify("ZL6001", """
            $ORIGIN example.com.
            $TTL 3600
            @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
            [|@|] SOA ns1 hostmaster 2 7200 3600 1209600 3600
            @ NS ns1
            @ NS ns2
            ns1 A 192.0.2.1
            ns2 A 192.0.2.2
            [|sub|] SOA ns1 hostmaster 1 7200 3600 1209600 3600
            """);
        var second = result.Diagnostics.First(d => d.Id == "ZL6001");
        Assert.That(second.AdditionalLocations.Select(l => l.Line), Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public void Accepts_one_soa_at_the_apex() => RuleTestHarness.Verify("ZL6001", """
        www A 192.0.2.10
        """);

    [Test]
    public void Reports_a_zone_without_soa_at_its_first_record()
    {
        var result = RuleTestHarness.Lint("""
            $ORIGIN example.com.
            $TTL 3600
            @ NS ns1
            ns1 A 192.0.2.1
            """);
        var found = result.Diagnostics.Where(d => d.Id == "ZL6001").ToList();
        Assert.That(found.Select(d => (d.Location.Line, d.Location.Column)), Is.EqualTo(new[] { (3, 1) }));
        Assert.That(found[0].Message, Does.Contain("no SOA record"));
        Assert.That(found[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [Test]
    public void Reports_an_empty_zone()
    {
        var result = ZoneLinter.Default.Lint(Zone.Create(RuleTestHarness.Origin, []));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL6001").Select(d => d.Location.IsKnown), Is.EqualTo(new[] { false }));
    }
}
