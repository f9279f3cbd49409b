using ZoneLint.Tests.Infrastructure;
using System.Text.RegularExpressions;
using ZoneLint.Engine;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8102SignatureDoesNotVerifyTests
{
    private static readonly Func<string, bool> WwwA = l => IsRecord(l, "www.example.com.", "A");
    private static readonly Func<string, bool> WwwASig = l => IsRecord(l, "www.example.com.", "RRSIG", "A");

    /// <summary>Replaces field <paramref name="index"/> (0 = owner) of a record line.</summary>
    private static Func<string, string> Field(int index, string value) => l =>
    {
        var f = l.Split(' ');
        f[index] = value;
        return string.Join(' ', f);
    };

    [Test]
    public void Signed_zone_verifies() => SignedZones.Nsec().Verify("ZL8102");

    [Test]
    public void Changed_record_is_reported_at_the_RRset()
    {
        var result = SignedZones.Nsec()
            .Edit(WwwA, l => "[|" + l.Replace("192.0.2.10", "192.0.2.11", StringComparison.Ordinal))
            .Verify("ZL8102");
        var finding = result.Diagnostics.Single(d => d.Id == "ZL8102");
        Assert.That(finding.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(finding.Message, Does.Contain("the A RRset at 'www.example.com.' has no valid signature").And.Contain("does not match the RRset"));
        Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(1), "the RRSIG is related");
    }

    [Test]
    public void Record_added_to_a_signed_RRset_is_reported_at_its_first_record() =>
        SignedZones.Nsec().Mark(WwwA).Add("www.example.com. 3600 IN A 192.0.2.11").Verify("ZL8102");

    [Test]
    public void Case_and_record_order_do_not_matter_canonical_form_does()
    {
        // RFC 4034 §6.2: owner names and the names in MX RDATA are lower-cased before signing.
        var zone = SignedZones.Nsec()
            .Edit(l => IsRecord(l, "example.com.", "MX"), l => l.Replace("example.com. 3600 IN MX 10 mail.example.com.", "EXAMPLE.com. 3600 IN MX 10 MAIL.Example.COM.", StringComparison.Ordinal))
            .Edit(WwwA, l => l.Replace("www.example.com.", "WwW.ExAmPlE.cOm.", StringComparison.Ordinal));
        zone.Verify("ZL8102");
    }

    [Test]
    public void Expired_signatures_are_reported_as_part_of_does_not_verify()
    {
        var signer = new TestSigner();
        var late = SignedZones.Options with { Now = signer.Expiration.AddDays(1) };
        var result = SignedZones.Lint(SignedZones.Nsec(signer).Text, late);
        var findings = result.Diagnostics.Where(d => d.Id == "ZL8102").ToList();
        Assert.That(findings, Is.Not.Empty);
        Assert.That(findings.Select(d => d.Message), Is.All.Contain("expired at 2025-07-01 00:00:00 UTC"));
        Assert.That(findings.Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Error));

        // Every signed RRset: every authoritative RRset except the two delegation NS RRsets.
        var signedRRsets = SignedZones.Nsec(signer).Lines.Count(l => l.Contains(" IN RRSIG ", StringComparison.Ordinal));
        Assert.That(findings, Has.Count.EqualTo(signedRRsets));
    }

    [Test]
    public void Not_yet_valid_signatures_are_reported()
    {
        var early = SignedZones.Options with { Now = new TestSigner().Inception.AddSeconds(-1) };
        var result = SignedZones.Lint(SignedZones.Nsec().Text, early);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8102").Select(d => d.Message), Is.Not.Empty.And.All.Contain("is not valid before 2025-05-22 00:00:00 UTC"));
    }

    [Test]
    public void Signer_other_than_the_apex_fails() =>
        Assert.That(Single(SignedZones.Nsec().Mark(WwwA).Edit(WwwASig, Field(11, "example.org."))), Does.Contain("the signer's name is example.org., not the zone apex"));

    [Test]
    public void Wrong_labels_field_fails() =>
        Assert.That(Single(SignedZones.Nsec().Mark(WwwA).Edit(WwwASig, Field(6, "2"))), Does.Contain("the Labels field is 2, but the owner has 3 labels"));

    [Test]
    public void Unknown_key_tag_fails() =>
        Assert.That(Single(SignedZones.Nsec().Mark(WwwA).Edit(WwwASig, Field(10, "1"))), Does.Contain("no DNSKEY at the apex has key tag 1 and algorithm 13 (ECDSAP256SHA256)"));

    [Test]
    public void Original_TTL_is_signed_data()
    {
        // A changed Original TTL changes the signed data; the RRset TTL alone does not (ZL8104 reports that).
        Assert.That(Single(SignedZones.Nsec().Mark(WwwA).Edit(WwwASig, Field(7, "300"))), Does.Contain("does not match"));
        SignedZones.Nsec().Edit(WwwA, Field(1, "300")).Verify("ZL8102");
    }

    [Test]
    public void Broken_signature_beside_a_valid_one_is_a_warning_at_the_RRSIG()
    {
        var zone = SignedZones.Nsec();
        var good = zone.Lines.Single(l => WwwASig(l));
        var f = good.Split(' ');
        f[^1] = Corrupt(f[^1]);
        var result = zone.Add("[|" + string.Join(' ', f)).Verify("ZL8102");
        var finding = result.Diagnostics.Single(d => d.Id == "ZL8102");
        Assert.That(finding.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(finding.Message, Does.Contain("another signature of the RRset is valid"));
    }

    [Test]
    public void Wildcard_signatures_use_the_wildcard_owner()
    {
        var zone = SignedZones.Nsec();
        Assert.That(zone.Lines.Single(l => IsRecord(l, "*.wild.example.com.", "RRSIG", "TXT")).Split(' ')[6], Is.EqualTo("3"));
        zone.Verify("ZL8102");
    }

    [Test]
    public void A_key_without_the_zone_flag_verifies_nothing()
    {
        var zone = SignedZones.Nsec();
        string zsk = zone.Lines.Single(l => IsRecord(l, "example.com.", "DNSKEY") && l.Contains(" 256 3 ", StringComparison.Ordinal)).Split(' ')[^1];

        // Re-tagging: the key's tag changes with its flags, so the signatures' tag is edited to match.
        var key = new ZoneLint.Model.Records.DnskeyData(0, 3, 13, [.. Convert.FromBase64String(zsk)]);
        zone.Edit(l => l.EndsWith(zsk, StringComparison.Ordinal), l => l.Replace(" 256 3 ", " 0 3 ", StringComparison.Ordinal));
        zone.Edit(WwwASig, Field(10, key.KeyTag.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var result = SignedZones.Lint(zone.Text);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8102" && d.Message.Contains("'www.example.com.'", StringComparison.Ordinal) && d.Message.Contains(" A RRset", StringComparison.Ordinal)).Select(d => d.Message),
            Has.One.Contains($"the DNSKEY with key tag {key.KeyTag} lacks the Zone Key flag"));
    }

    [Test]
    public void Untyped_rdata_is_not_checked_and_not_failed()
    {
        var signer = new TestSigner();
        var zone = SignedZones.Nsec(signer, SignedZones.Unsigned + "\nmg MG mail\n");
        Assert.That(zone.Lines, Has.Some.Matches<string>(l => IsRecord(l, "mg.example.com.", "RRSIG", "MG")));
        zone.Verify("ZL8102");
    }

    [Test]
    public void Rsa_signature_with_leading_zero_octets_dropped_still_verifies()
    {
        // RFC 3110 signatures are as long as the modulus; a shorter one is the same integer.
        var key = TestKey.Create(8, ksk: true, rsaBits: 1024);
        string text = new TestSigner().Sign(SignedZones.Unsigned, SignedZones.Origin, key);
        Assert.That(SignedZones.DnssecFindings(SignedZones.Lint(text)).Where(d => d.Id == "ZL8102"), Is.Empty);
        var algorithm = ZoneLint.Dnssec.DnssecAlgorithms.BuiltIn;
        Assert.That(algorithm.TryGet(8, out var rsa), Is.True);
        using var verifier = rsa!.CreateVerifier(key.Dnskey.PublicKey.AsSpan(), out _);
        byte[] data = [1, 2, 3];
        byte[] signature = key.Sign(data);
        int zeros = signature.TakeWhile(b => b == 0).Count();
        Assert.That(verifier!.Verify(data, signature.AsSpan(zeros)), Is.True);
        Assert.That(verifier.Verify(data, [0, .. signature]), Is.False, "longer than the modulus");
    }

    [Test]
    public void Without_keys_the_rule_stays_silent_for_ZL8110() =>
        SignedZones.Nsec().Remove(l => IsRecord(l, "example.com.", "DNSKEY")).Verify("ZL8102");

    [Test]
    public void Cancellation_is_honoured()
    {
        var parsed = ZoneLint.Parsing.ZoneParser.Parse(SignedZones.Nsec().Text, ZoneLint.Parsing.ZoneParseOptions.Default with { Origin = RuleTestHarness.Origin });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => ZoneLinter.Default.Lint(parsed, SignedZones.Options, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private static string Single(SignedText zone) => zone.Verify("ZL8102").Diagnostics.Single(d => d.Id == "ZL8102").Message;

    private static string Corrupt(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        bytes[5] ^= 0x55;
        return Convert.ToBase64String(bytes);
    }

    [Test]
    public void Signatures_over_an_RRset_no_message_holds_are_not_checked()
    {
        // 300 TXT records of 250 octets: 79 KB in wire form. Each signature hashed the whole RRset: 2,000 signatures over
        // 20,000 DNSKEYs took 23 s. Such an RRset is ZL7010's error; with one record changed after signing, the signature
        // no longer matches, and is not checked.
        var key = TestKey.Create(13);
        var zone = new System.Text.StringBuilder(SignedZones.Unsigned).Append('\n');
        for (int i = 0; i < 300; i++)
        {
            zone.Append(System.Globalization.CultureInfo.InvariantCulture, $"big 3600 IN TXT \"{i:D3}{new string('x', 246)}\"\n");
        }

        zone.Append("small 3600 IN TXT \"a\"\n");
        string signed = new TestSigner().Sign(zone.ToString(), SignedZones.Origin, key)
            .Replace("\"000xxx", "\"999xxx", StringComparison.Ordinal)
            .Replace("small.example.com. 3600 IN TXT \"a\"", "small.example.com. 3600 IN TXT \"b\"", StringComparison.Ordinal);
        var findings = SignedZones.Lint(signed).Diagnostics;
        Assert.That(findings.Where(d => d.Id == "ZL8102").Select(d => d.Message), Has.Exactly(1).Items.And.All.Contain("the TXT RRset at 'small.example.com.' has no valid signature"));
        Assert.That(findings.Where(d => d.Id == "ZL7010").Select(d => d.Message), Has.Exactly(1).Items.And.All.Contain("at 'big.example.com.'"));
    }

    [TestCase(7, null, 0, TestName = "A signature is tried against eight keys of its tag and algorithm, the eighth its own")]
    [TestCase(8, null, 1, TestName = "A signature whose key is the ninth of its tag and algorithm is not judged, and that is said once")]
    [TestCase(8, "9", 0, TestName = "ZL8102.max_keys_per_signature tries more keys of one tag")]
    public void Keys_sharing_a_tag_are_tried_up_to_a_limit(int decoys, string? maxKeys, int notJudged)
    {
        // KeyTrap (CVE-2023-50387): tried against every key of its tag, 10,000 signatures and 10,000 keys of one tag
        // would be 10^8 verifications. The decoys are the signing key's modulus with two octets swapped that count the
        // same in the key tag's sum; any modulus imports, so each decoy costs a verification.
        var key = TestKey.Create(8, rsaBits: 1024);
        byte[] own = key.Dnskey.PublicKey.ToArray();
        var zone = new System.Text.StringBuilder(SignedZones.Unsigned).Append('\n');
        for (int i = 0, made = 0; made < decoys; i += 2)
        {
            byte[] decoy = (byte[])own.Clone();
            (decoy[20 + i], decoy[22 + i]) = (decoy[22 + i], decoy[20 + i]);
            if (!decoy.AsSpan().SequenceEqual(own))
            {
                Assert.That(ZoneLint.Model.Records.DnssecKeyData.ComputeKeyTag(256, 3, 8, decoy), Is.EqualTo(key.KeyTag));
                zone.Append("@ 3600 IN DNSKEY 256 3 8 ").Append(Convert.ToBase64String(decoy)).Append('\n');
                made++;
            }
        }

        string signed = new TestSigner().Sign(zone.ToString(), SignedZones.Origin, key);
        var options = maxKeys is null ? SignedZones.Options : SignedZones.Options with { RuleSettings = SignedZones.Options.RuleSettings.SetItem("ZL8102.max_keys_per_signature", maxKeys) };
        var findings = SignedZones.Lint(signed, options).Diagnostics.Where(d => d.Id == "ZL8102").ToList();
        Assert.That(findings, Has.Count.EqualTo(notJudged), string.Join("\n", findings));
        if (notJudged > 0)
        {
            int signatures = signed.Split('\n').Count(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, _, _, "RRSIG", ..]);
            Assert.That(findings[0].Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(findings[0].Message, Is.EqualTo(
                $"{signatures} signatures are not judged, this one first: 9 apex DNSKEYs have key tag {key.KeyTag} and algorithm 8 (RSASHA256), and the 8 tried do not verify the signature (shared key tags are ZL8112's; the setting ZL8102.max_keys_per_signature tries more keys)"));
        }
    }
}
