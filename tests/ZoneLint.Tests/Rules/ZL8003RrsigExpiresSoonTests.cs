using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8003RrsigExpiresSoonTests
{
    private static readonly LintOptions June2025 = LintOptions.Default with { Now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero) };

    private const string Zone = """
        [|@|] RRSIG NS 13 2 3600 20250605000000 20250501000000 12345 example.com. AAAA
        later RRSIG A 13 3 3600 20250620000000 20250501000000 12345 example.com. AAAA
        gone RRSIG A 13 3 3600 20250501000000 20250401000000 12345 example.com. AAAA
        """;

    [Test]
    public void Reports_signatures_inside_the_window()
    {
        var result = RuleTestHarness.Verify("ZL8003", Zone, June2025);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL8003");
        Assert.That(finding.Message, Does.Contain("expires at 2025-06-05 00:00:00Z, in 4 days"));
        Assert.That(finding.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void The_window_is_a_setting() => RuleTestHarness.Verify(
        "ZL8003",
        Zone.Replace("later", "[|later|]", StringComparison.Ordinal),
        June2025 with { RuleSettings = June2025.RuleSettings.SetItem("ZL8003.window", "2592000") });

    [Test]
    public void A_bad_window_is_reported_and_the_default_applies()
    {
        var result = RuleTestHarness.Verify("ZL8003", Zone, June2025 with { RuleSettings = June2025.RuleSettings.SetItem("ZL8003.window", "a week") });
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL0090").Select(d => d.Message), Has.One.Contains("ZL8003.window"));
    }
}
