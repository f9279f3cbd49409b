using ZoneLint.Engine;

namespace ZoneLint.Tests.Dnssec;

/// <summary>Zones the test signer makes are clean under every DNSSEC rule, for each algorithm .NET verifies and each denial mode.</summary>
public class SignedZoneSanityTests
{
    [TestCase((byte)5)]
    [TestCase((byte)7)]
    [TestCase((byte)8)]
    [TestCase((byte)10)]
    [TestCase((byte)13)]
    [TestCase((byte)14)]
    public void A_zone_signed_with_each_builtin_algorithm_verifies(byte algorithm)
    {
        var keys = new[] { TestKey.Create(algorithm, ksk: true), TestKey.Create(algorithm) };
        var denial = algorithm == 7 ? TestDenial.Nsec3 : TestDenial.Nsec;
        string text = new TestSigner { Denial = denial }.Sign(SignedZones.Unsigned, SignedZones.Origin, keys);
        var result = SignedZones.Lint(text);
        Assert.That(SignedZones.DnssecFindings(result).Select(d => d.ToString()), Is.Empty, text);
    }

    [Test]
    public void Nsec_zone_is_clean() =>
        Assert.That(SignedZones.DnssecFindings(SignedZones.Lint(SignedZones.Nsec().Text)).Select(d => d.ToString()), Is.Empty);

    [TestCase(false)]
    [TestCase(true)]
    public void Nsec3_zone_is_clean(bool optOut)
    {
        var text = SignedZones.Nsec3(optOut).Text;
        Assert.That(SignedZones.DnssecFindings(SignedZones.Lint(text)).Select(d => d.ToString()), Is.Empty, text);
    }
}
