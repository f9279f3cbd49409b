using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7009ZonemdInconsistentTests
{
    private static readonly string Digest = new('0', 96);

    [Test]
    public void Accepts_one_record_per_scheme_and_algorithm_with_the_soa_serial() => RuleTestHarness.Verify("ZL7009", $"""
        @ ZONEMD 1 1 1 {Digest}
        @ ZONEMD 1 1 2 {Digest}{Digest[..32]}
        @ ZONEMD 1 240 1 {Digest}
        """);

    [Test]
    public void Reports_a_repeated_scheme_and_algorithm() => RuleTestHarness.Verify("ZL7009", $"""
        @ ZONEMD 1 1 1 {Digest}
        [|@|] ZONEMD 1 1 1 {Digest[..^1]}1
        """);

    [Test]
    public void Reports_a_serial_other_than_the_soa_serial_and_a_record_away_from_the_apex() => RuleTestHarness.Verify("ZL7009", $"""
        [|@|] ZONEMD 2 1 1 {Digest}
        [|sub|] ZONEMD 1 1 1 {Digest}
        """);
}
