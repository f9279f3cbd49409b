using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8008Nsec3OwnerNotHashedTests
{
    private const string Hash1 = "0P9MHAVEQVM6T7VBL5LOP2U3T2RP3TOM";
    private const string Hash2 = "2T7B4G4VSA5SMI47K61MV5BV1A22BOJR";

    [Test]
    public void Accepts_hashed_owners() => RuleTestHarness.Verify("ZL8008", $"""
        {Hash1} NSEC3 1 0 0 - {Hash2} A RRSIG
        {Hash2.ToLowerInvariant()} NSEC3 1 0 0 - {Hash1} A RRSIG
        """);

    [Test]
    public void Reports_padding_wrong_length_wrong_alphabet_and_depth()
    {
        // The first is BIND's checkzone bad-nsec3owner-padded.db.
        var result = RuleTestHarness.Verify("ZL8008", $"""
            [|CPNMU===|] NSEC3 2 1 12 aabbccdd CPNMU MX DNSKEY NS NSEC3PARAM RRSIG
            [|CPNMU|] NSEC3 1 0 0 - {Hash2} A
            [|www|] NSEC3 1 0 0 - {Hash2} A
            [|{Hash1}.sub|] NSEC3 1 0 0 - {Hash2} A
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8008").Select(d => d.Message), Has.Some.Contains("padding").And.Some.Contains("20 (32 Base32hex characters)"));
    }
}
