using ZoneLint.Tests.Infrastructure;
using ZoneLint.Engine;
using ZoneLint.Tests.Dnssec;

namespace ZoneLint.Tests.Rules;

public class ZL8111InvalidDnskeyTests
{
    private static readonly string P256 = Convert.ToBase64String(TestKey.Create(13).Dnskey.PublicKey.AsSpan());

    [Test]
    public void Usable_keys_are_clean() =>
        RuleTestHarness.Verify("ZL8111", $"@ DNSKEY 256 3 13 {P256}\n@ DNSKEY 257 3 13 {P256}\n@ DNSKEY 385 3 13 {P256}\n");

    [Test]
    public void Protocol_other_than_3_is_an_error()
    {
        var result = RuleTestHarness.Verify("ZL8111", $"[|@ DNSKEY 256 4 13 {P256}\n");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8111").Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [Test]
    public void Key_material_the_algorithm_cannot_read_is_an_error()
    {
        var result = RuleTestHarness.Verify("ZL8111", "[|@ DNSKEY 256 3 13 AQIDBA==\n[|@ DNSKEY 256 3 8 AwEAAQ==\n");
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8111").Select(d => d.Message), Has.Some.Contains("an ECDSAP256SHA256 key is 64 octets").And.Some.Contains("RFC 3110"));
    }

    [TestCase("010001", false, TestName = "An RSA exponent of 17 bits (65537) is usable")]
    [TestCase("0400000001", false, TestName = "An RSA exponent of 35 bits, BIND's most, is usable")]
    [TestCase("0800000001", true, TestName = "An RSA exponent of 36 bits is not")]
    public void RSA_exponents_longer_than_BIND_verifies_with_are_an_error(string exponentHex, bool reported)
    {
        // RFC 3110 §2: exponent length, exponent, modulus (2048 bits, odd, top bit set).
        byte[] exponent = Convert.FromHexString(exponentHex).SkipWhile(b => b == 0).ToArray();
        byte[] modulus = [0xC1, .. Enumerable.Range(1, 254).Select(i => (byte)(i * 37)), 0x01];
        string key = Convert.ToBase64String([(byte)exponent.Length, .. exponent, .. modulus]);
        var result = RuleTestHarness.Verify("ZL8111", reported ? $"[|@ DNSKEY 256 3 8 {key}\n" : $"@ DNSKEY 256 3 8 {key}\n");
        if (reported)
        {
            Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8111").Message, Does.EndWith(
                "is not a valid RSASHA256 key: its public exponent is 36 bits long; BIND's validators refuse RSA exponents over 35 bits, so its signatures are not verified here either (keys use 65537 or 3)"));
        }
    }

    [Test]
    public void Missing_zone_flag_and_reserved_flags_are_warnings()
    {
        var result = RuleTestHarness.Verify("ZL8111", $"[|@ DNSKEY 0 3 13 {P256}\n[|@ DNSKEY 260 3 13 {P256}\n");
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8111").Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void Keys_below_the_apex_are_not_judged() =>
        RuleTestHarness.Verify("ZL8111", $"sub DNSKEY 256 4 13 {P256}\n");

    [Test]
    public void Lowering_the_rule_lowers_both_cases()
    {
        var options = LintOptions.Default with { RuleSeverities = LintOptions.Default.RuleSeverities.SetItem("ZL8111", RuleSeverity.Info) };
        var result = RuleTestHarness.Verify("ZL8111", $"[|@ DNSKEY 256 4 13 {P256}\n[|@ DNSKEY 0 3 13 {P256}\n", options);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8111").Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Info));
    }
}
