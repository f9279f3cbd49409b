using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8002RrsigNotYetValidTests
{
    private static readonly LintOptions June2025 = LintOptions.Default with { Now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero) };

    [Test]
    public void Reports_signatures_whose_inception_is_ahead()
    {
        var result = RuleTestHarness.Verify(
            "ZL8002",
            """
            [|@|] RRSIG NS 13 2 3600 20250801000000 20250601010000 12345 example.com. AAAA
            ok RRSIG A 13 3 3600 20250801000000 20250531230000 12345 example.com. AAAA
            """,
            June2025);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8002").Message, Does.Contain("is not valid before 2025-06-01 01:00:00Z"));
    }

    [Test]
    public void Leaves_expired_signatures_to_ZL8001() => RuleTestHarness.Verify(
        "ZL8002",
        """
        @ RRSIG NS 13 2 3600 20250501000000 20250401000000 12345 example.com. AAAA
        """,
        June2025);
}
