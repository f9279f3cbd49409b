using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8001RrsigExpiredTests
{
    private static readonly LintOptions June2025 = LintOptions.Default with { Now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero) };

    [Test]
    public void Reports_one_finding_per_signing_batch()
    {
        var result = RuleTestHarness.Verify(
            "ZL8001",
            """
            [|@|] RRSIG NS 13 2 3600 20250501000000 20250401000000 12345 example.com. AAAA
            @ RRSIG NS 13 2 3600 20250501000000 20250401000000 12345 example.com. AAAA
            www A 192.0.2.80
            www RRSIG A 13 3 3600 20250501000000 20250401000000 12345 example.com. AAAA
            [|old|] RRSIG TXT 13 3 3600 20250101000000 20241201000000 12345 example.com. AAAA
            ok RRSIG A 13 3 3600 20250701000000 20250501000000 12345 example.com. AAAA
            """,
            June2025);
        var messages = result.Diagnostics.Where(d => d.Id == "ZL8001").Select(d => d.Message).ToList();
        Assert.That(messages, Has.One.Contains("expired at 2025-05-01 00:00:00Z (and 2 more RRSIGs by the same key with the same time)"));
        Assert.That(messages, Has.One.EqualTo("RRSIG over TXT by 'example.com.' (key tag 12345) expired at 2025-01-01 00:00:00Z; validating resolvers reject the data it covers: re-sign the zone"));
    }

    [Test]
    public void Judges_by_the_time_of_the_lint() => RuleTestHarness.Verify(
        "ZL8001",
        """
        @ RRSIG NS 13 2 3600 20250501000000 20250401000000 12345 example.com. AAAA
        """,
        LintOptions.Default with { Now = new DateTimeOffset(2025, 4, 15, 0, 0, 0, TimeSpan.Zero) });

    [Test]
    public void Is_skipped_when_dnssec_checks_are_off() => RuleTestHarness.Verify(
        "ZL8001",
        """
        @ RRSIG NS 13 2 3600 20250501000000 20250401000000 12345 example.com. AAAA
        """,
        June2025 with { Dnssec = false });
}
