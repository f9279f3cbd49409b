using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>
/// The tool registers Ed25519 and Ed448 (ZoneLint.Dnssec.BouncyCastle), so an Ed25519-signed zone verifies instead of
/// being reported as not checked; <c>--now</c> moves the time signatures are judged at; <c>--dnssec off</c> silences the
/// DNSSEC rules.
/// </summary>
public sealed class DnssecTests
{
    // Kept out of Zones/, whose whole output the snapshot tests pin.
    private static readonly string Zone = Repository.Path("tests", "ZoneLint.Cli.Tests", "SignedZones", "ed25519-signed.example.zone");

    [Test]
    public void Ed25519_signed_zone_verifies_in_the_tool()
    {
        var result = InProcess.Run("check", "--now", "2026-01-01T00:00:00Z", Zone);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.Stdout, Does.Not.Contain("ZL81"), "no DNSSEC finding, ZL8103 (not checked) included");
    }

    [Test]
    public void Now_after_the_signatures_expire_makes_every_RRset_bogus()
    {
        var result = InProcess.Run("check", "--now", "2090-06-01T00:00:00Z", Zone);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString);
        Assert.That(result.Stdout, Does.Contain("error ZL8102").And.Contain("expired at 2090-01-01 00:00:00 UTC"));
    }

    [Test]
    public void Dnssec_off_silences_the_DNSSEC_rules()
    {
        var result = InProcess.Run("check", "--now", "2090-06-01T00:00:00Z", "--dnssec", "off", Zone);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.Stdout, Does.Not.Contain("ZL81"));
    }
}
