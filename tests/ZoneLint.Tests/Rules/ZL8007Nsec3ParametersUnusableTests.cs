using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8007Nsec3ParametersUnusableTests
{
    private const string Hash1 = "0P9MHAVEQVM6T7VBL5LOP2U3T2RP3TOM";
    private const string Hash2 = "2T7B4G4VSA5SMI47K61MV5BV1A22BOJR";

    [Test]
    public void Reports_nsec3param_flags_hash_and_placement()
    {
        var result = RuleTestHarness.Verify("ZL8007", """
            [|@|] NSEC3PARAM 1 1 0 -
            [|@|] NSEC3PARAM 2 0 0 -
            [|sub|] NSEC3PARAM 1 0 0 -
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8007").Select(d => d.Message), Has.Some.Contains("Opt-Out is set in the NSEC3 records"));
    }

    [Test]
    public void Reports_each_bad_nsec3_value_once()
    {
        var result = RuleTestHarness.Verify("ZL8007", $"""
            @ NSEC3PARAM 1 0 0 -
            [|{Hash1}|] NSEC3 1 3 0 - {Hash2} A RRSIG
            {Hash2} NSEC3 1 3 0 - {Hash1} A RRSIG
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8007").Message, Does.EndWith("(1 more NSEC3 records alike)"));
    }

    [Test]
    public void Accepts_opt_out_in_nsec3_records() => RuleTestHarness.Verify("ZL8007", $"""
        @ NSEC3PARAM 1 0 0 -
        {Hash1} NSEC3 1 1 0 - {Hash2} A RRSIG
        """);
}
