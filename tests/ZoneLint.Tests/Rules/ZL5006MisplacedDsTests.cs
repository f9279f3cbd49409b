using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL5006MisplacedDsTests
{
    private const string Digest = "3A3E2F2F6B1C5D7A9B8C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B9C8D7E6F5A";

    [Test]
    public void Reports_ds_at_the_apex_and_away_from_delegations() => RuleTestHarness.Verify("ZL5006", $"""
        [|@|] DS 12345 13 2 {Digest}
        [|www|] DS 12345 13 2 {Digest}
        www A 192.0.2.10
        sub NS ns.provider.example.
        sub NS ns2.provider.example.
        x.sub NS ns.provider.example.
        [|x.sub|] DS 12345 13 2 {Digest}
        """);

    [Test]
    public void Accepts_ds_at_a_delegation() => RuleTestHarness.Verify("ZL5006", $"""
        sub NS ns.provider.example.
        sub NS ns2.provider.example.
        sub DS 12345 13 2 {Digest}
        sub DS 54321 13 2 {Digest}
        """);
}
