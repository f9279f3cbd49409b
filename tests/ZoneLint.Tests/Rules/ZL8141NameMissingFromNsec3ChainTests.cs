using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8141NameMissingFromNsec3ChainTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec3().Verify("ZL8141");

    [TestCase(5, TestName = "Names within the hashing budget are hashed and each missing one is found")]
    [TestCase(300, TestName = "Past the hashing budget per record the names are not hashed, and that is said once")]
    public void Names_are_hashed_within_a_budget_per_record_of_the_zone(int deepNames)
    {
        // Each name of 101 labels brings 100 empty non-terminals to hash, 151 times each at 150 iterations: 4,000 such
        // names (a 1 MB zone with one NSEC3 record) took 83 s.
        var text = new System.Text.StringBuilder("$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ NS ns1\nns1 A 192.0.2.1\n@ NSEC3PARAM 1 0 150 -\n");
        text.Append("0p9mhaveqvm6t7vbl5lop2u3t2rp3tom NSEC3 1 0 150 - 0p9mhaveqvm6t7vbl5lop2u3t2rp3ton A\n");
        for (int i = 0; i < deepNames; i++)
        {
            text.Append(string.Concat(Enumerable.Repeat("a.", 100))).Append('h').Append(i).Append(" A 192.0.2.3\n");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var zl8141 = SignedZones.Lint(text.ToString()).Diagnostics.Where(d => d.Id == "ZL8141").ToList();
        TestContext.Out.WriteLine($"{clock.Elapsed.TotalSeconds:F2} s");
        if (deepNames * 101 * 151 <= ZoneLint.Dnssec.Nsec3Chain.MaxHashesPerRecord * 1_000)
        {
            Assert.That(zl8141, Has.Count.EqualTo((deepNames * 101) + 2).And.All.Matches<ZoneLint.Engine.Diagnostic>(d => d.Severity == ZoneLint.Engine.DiagnosticSeverity.Error), "every name and empty non-terminal below the apex, the apex and ns1");
        }
        else
        {
            Assert.That(zl8141, Has.Count.EqualTo(1));
            Assert.That(zl8141[0].Severity, Is.EqualTo(ZoneLint.Engine.DiagnosticSeverity.Info));
            Assert.That(zl8141[0].Message, Is.EqualTo($"names missing from the NSEC3 chain are not looked for: the zone has {(deepNames * 101) + 2:N0} names and empty non-terminals to cover at 151 hashes each, more than 1,000 hashes per record of the zone (a signed zone, with an NSEC3 and an RRSIG for each name it covers, needs far fewer)"));
        }
    }

    [TestCase(150, TestName = "At 150 iterations the names are hashed and a missing one is found")]
    [TestCase(151, TestName = "Above 150 iterations the names are not hashed, and that is said once")]
    public void Names_are_hashed_up_to_the_iterations_validators_follow(int iterations)
    {
        // 2,000 names at 65,535 iterations (a 76 KB zone) took 88 s to hash.
        var signer = new TestSigner { Denial = TestDenial.Nsec3, Nsec3Iterations = (ushort)iterations };
        var signed = new SignedText(signer.Sign(SignedZones.Unsigned, SignedZones.Origin, SignedZones.EcdsaKeys));
        string www = System.Text.RegularExpressions.Regex.Match(signed.Text, @"(\w{32})\.example\.com\. \d+ IN NSEC3 \S+ \S+ \d+ \S+ \S+ A RRSIG\n").Groups[1].Value;
        var findings = SignedZones.Lint(signed.Remove(l => l.StartsWith(www + ".example.com. ", StringComparison.Ordinal)).Text).Diagnostics;
        var zl8141 = findings.Where(d => d.Id == "ZL8141").ToList();
        Assert.That(zl8141, Has.Count.EqualTo(1), string.Join("\n", findings));
        if (iterations > 150)
        {
            Assert.That(zl8141[0].Severity, Is.EqualTo(ZoneLint.Engine.DiagnosticSeverity.Info));
            Assert.That(zl8141[0].Message, Does.StartWith("names missing from the NSEC3 chain are not looked for: it uses 151 iterations, more than the 150 validators follow"));
            Assert.That(findings.Where(d => d.Id == "ZL8142"), Is.Empty.Or.All.Matches<ZoneLint.Engine.Diagnostic>(d => !d.Message.Contains("the hash of no name", StringComparison.Ordinal)));
        }
        else
        {
            Assert.That(zl8141[0].Severity, Is.EqualTo(ZoneLint.Engine.DiagnosticSeverity.Error));
        }
    }

    [Test]
    public void Dropped_NSEC3_is_reported_at_the_name()
    {
        string hashed = Nsec3Testing.HashedOwner("www.example.com.");
        var result = SignedZones.Nsec3()
            .Remove(l => l.StartsWith(hashed + " ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "www.example.com.", "A"))
            .Verify("ZL8141");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8141").Message, Does.Contain($"its hashed owner would be '{hashed}'"));
    }

    [Test]
    public void Empty_non_terminal_without_NSEC3_is_reported_at_the_first_record_below_it()
    {
        string hashed = Nsec3Testing.HashedOwner("ent.sub.example.com.");
        SignedZones.Nsec3()
            .Remove(l => l.StartsWith(hashed + " ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "deep.ent.sub.example.com.", "TXT"))
            .Verify("ZL8141");
    }

    [Test]
    public void Insecure_delegation_needs_an_NSEC3_without_opt_out()
    {
        string hashed = Nsec3Testing.HashedOwner("child.example.com.");
        SignedZones.Nsec3()
            .Remove(l => l.StartsWith(hashed + " ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "child.example.com.", "NS"))
            .Verify("ZL8141");
    }

    [Test]
    public void Opt_out_lets_an_insecure_delegation_go_without_one()
    {
        var zone = SignedZones.Nsec3(optOut: true);
        Assert.That(zone.Lines.Where(l => l.StartsWith(Nsec3Testing.HashedOwner("child.example.com.") + " ", StringComparison.Ordinal)), Is.Empty);
        zone.Verify("ZL8141");
    }

    [Test]
    public void Opt_out_does_not_excuse_a_secure_delegation()
    {
        string hashed = Nsec3Testing.HashedOwner("secure.example.com.");
        SignedZones.Nsec3(optOut: true)
            .Remove(l => l.StartsWith(hashed + " ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "secure.example.com.", "NS"))
            .Verify("ZL8141");
    }
}
