using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1004NullMxWithOtherMxTests
{
    [Test]
    public void Reports_a_null_mx_beside_other_mx_once_per_owner_with_the_others_related()
    {
        var result = RuleTestHarness.Verify("ZL1004", """
            @ MX 10 mail
            [|@|] MX 0 .
            @ MX 20 backup
            mail A 192.0.2.25
            backup A 192.0.2.26
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL1004");
        Assert.That(finding.AdditionalLocations.Select(l => l.Line), Is.EqualTo(new[] { 8, 10 }));
        Assert.That(finding.Message, Does.Contain("2 other MX"));
    }

    [Test]
    public void A_second_root_mx_with_another_preference_is_another_mx() => RuleTestHarness.Verify("ZL1004", """
        [|a|] MX 0 .
        a MX 10 .
        """);

    [Test]
    public void Accepts_a_lone_null_mx_and_an_exact_copy_of_it() => RuleTestHarness.Verify("ZL1004", """
        @ MX 0 .
        dup MX 0 .
        dup MX 0 .
        mail MX 10 mx1
        mail MX 20 mx2
        """);
}
