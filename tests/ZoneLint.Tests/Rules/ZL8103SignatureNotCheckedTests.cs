using ZoneLint.Tests.Infrastructure;
using ZoneLint.Engine;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8103SignatureNotCheckedTests
{
    [Test]
    public void Zone_of_builtin_algorithms_and_typed_data_is_clean() => SignedZones.Nsec().Verify("ZL8103");

    [Test]
    public void Untyped_rdata_is_reported_once_per_type_as_information()
    {
        var zone = SignedZones.Nsec(zone: SignedZones.Unsigned + "\nu UINFO \"desk 12\"\nu2 UINFO \"desk 14\"\n");
        var first = zone.Lines.First(l => l.Contains(" IN RRSIG UINFO ", StringComparison.Ordinal));
        var result = zone.Mark(l => l == first).Verify("ZL8103");
        var finding = result.Diagnostics.Single(d => d.Id == "ZL8103");
        Assert.That(finding.Severity, Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(finding.Message, Does.StartWith("2 signature(s) over UINFO RRsets were not verified"));
    }

    [Test]
    public void Algorithm_without_a_verifier_is_reported_once_with_a_count()
    {
        var keys = new[] { TestKey.Create(15, ksk: true), TestKey.Create(15) };
        var zone = new SignedText(new TestSigner().Sign(SignedZones.Unsigned, SignedZones.Origin, keys));
        var first = zone.Lines.First(l => l.Contains(" IN RRSIG ", StringComparison.Ordinal));
        var result = zone.Mark(l => l == first).Verify("ZL8103");
        int signatures = zone.Lines.Count(l => l.Contains(" IN RRSIG ", StringComparison.Ordinal));
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8103").Message, Does.StartWith($"{signatures} signature(s) of algorithm 15 (ED25519) were not verified"));
    }

    [Test]
    public void Unsigned_zone_is_clean() => RuleTestHarness.Verify("ZL8103", "x UINFO \"desk 12\"\n", SignedZones.Options);
}
