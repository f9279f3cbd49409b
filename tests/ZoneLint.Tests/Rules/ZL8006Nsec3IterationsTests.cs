using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8006Nsec3IterationsTests
{
    private const string Hash1 = "0P9MHAVEQVM6T7VBL5LOP2U3T2RP3TOM";
    private const string Hash2 = "2T7B4G4VSA5SMI47K61MV5BV1A22BOJR";

    [Test]
    public void Reports_the_parameters_once_at_the_nsec3param()
    {
        var result = RuleTestHarness.Verify("ZL8006", $"""
            [|@|] NSEC3PARAM 1 0 10 AABBCCDD
            {Hash1} NSEC3 1 0 10 AABBCCDD {Hash2} A RRSIG
            {Hash2} NSEC3 1 0 10 AABBCCDD {Hash1} A RRSIG
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL8006");
        Assert.That(finding.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(finding.Message, Does.StartWith("NSEC3PARAM with 10 extra iterations and a 4-octet salt"));
    }

    [Test]
    public void A_salt_alone_is_a_suggestion()
    {
        var result = RuleTestHarness.Verify("ZL8006", """
            [|@|] NSEC3PARAM 1 0 0 AABBCCDD
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8006").Severity, Is.EqualTo(DiagnosticSeverity.Info));
    }

    [Test]
    public void Reports_a_chain_without_nsec3param_at_its_first_record() => RuleTestHarness.Verify("ZL8006", $"""
        @ NSEC3PARAM 1 0 0 -
        [|{Hash1}|] NSEC3 1 1 5 - {Hash2} A RRSIG
        {Hash2} NSEC3 1 1 5 - {Hash1} A RRSIG
        """);

    [Test]
    public void Accepts_the_recommended_parameters() => RuleTestHarness.Verify("ZL8006", $"""
        @ NSEC3PARAM 1 0 0 -
        {Hash1} NSEC3 1 1 0 - {Hash2} A RRSIG
        """);
}
