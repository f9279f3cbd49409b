using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL5004OccludedDataTests
{
    [Test]
    public void Reports_each_occluded_rrset_once() => RuleTestHarness.Verify("ZL5004", """
        sub NS ns.sub
        sub NS ns.provider.example.
        ns.sub A 192.0.2.1
        [|www.sub|] A 192.0.2.2
        www.sub A 192.0.2.3
        [|sub|] TXT "at the cut"
        [|mail.sub|] MX 10 mail.provider.example.
        [|x.sub|] NS ns.provider.example.
        """);

    [Test]
    public void Accepts_glue_including_a_sibling_delegations_server() => RuleTestHarness.Verify("ZL5004", """
        sub NS ns.sub
        sub NS ns.provider.example.
        sub DS 12345 13 2 3A3E2F2F6B1C5D7A9B8C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B9C8D7E6F5A
        ns.sub A 192.0.2.1
        ns.sub AAAA 2001:db8::1
        other NS ns2.sub
        other NS ns.provider.example.
        ns2.sub A 192.0.2.2
        self NS self
        self NS ns.provider.example.
        self A 192.0.2.3
        """);

    [Test]
    public void Message_names_the_cut()
    {
        var result = RuleTestHarness.Verify("ZL5004", """
            sub NS ns.provider.example.
            sub NS ns2.provider.example.
            [|www.sub|] A 192.0.2.2
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL5004").Message, Does.Contain("below the delegation 'sub.example.com.'"));
    }
}
