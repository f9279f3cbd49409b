using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8140Nsec3ParametersInconsistentTests
{
    private static readonly Func<string, bool> Param = l => IsRecord(l, "example.com.", "NSEC3PARAM");

    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec3().Verify("ZL8140");

    [Test]
    public void Nonzero_flags_are_reported() =>
        SignedZones.Nsec3().Edit(Param, l => "[|" + l.Replace("NSEC3PARAM 1 0 1 ABCD", "NSEC3PARAM 1 1 1 ABCD", StringComparison.Ordinal)).Verify("ZL8140");

    [Test]
    public void Parameters_without_a_chain_and_a_chain_without_parameters_are_both_reported()
    {
        var zone = SignedZones.Nsec3().Edit(Param, l => "[|" + l.Replace("NSEC3PARAM 1 0 1 ABCD", "NSEC3PARAM 1 0 1 ABCE", StringComparison.Ordinal));
        var first = zone.Lines.First(l => l.Contains(" IN NSEC3 ", StringComparison.Ordinal));
        var result = zone.Mark(l => l == first).Verify("ZL8140");
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8140").Select(d => d.Message), Has.Some.Contains("has no NSEC3 chain").And.Some.Contains("use parameters '1 1 ABCD'"));
    }

    [Test]
    public void Missing_NSEC3PARAM_is_reported_at_the_first_NSEC3()
    {
        var zone = SignedZones.Nsec3().Remove(Param);
        var first = zone.Lines.First(l => l.Contains(" IN NSEC3 ", StringComparison.Ordinal));
        zone.Mark(l => l == first).Verify("ZL8140");
    }

    [Test]
    public void NSEC3PARAM_below_the_apex_is_reported() =>
        SignedZones.Nsec3().Add("[|www.example.com. 0 IN NSEC3PARAM 1 0 1 ABCD").Verify("ZL8140");

    [Test]
    public void Unknown_hash_algorithm_is_reported() =>
        RuleTestHarness.Verify("ZL8140", "[|@ NSEC3PARAM 2 0 0 -\n");
}
