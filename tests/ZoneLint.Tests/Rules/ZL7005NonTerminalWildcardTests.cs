using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7005NonTerminalWildcardTests
{
    [Test]
    public void Reports_an_interior_asterisk_that_creates_an_empty_wildcard()
    {
        var result = RuleTestHarness.Verify("ZL7005", """
            [|foo.*|] TXT "interior wildcard"
            """);
        Assert.That(
            result.Diagnostics.Single(d => d.Id == "ZL7005").Message,
            Does.Contain("'foo.*.example.com.'").And.Contain("empty non-terminal wildcard").And.Contain("NXDOMAIN"));
    }

    [Test]
    public void Reports_a_wildcard_with_names_below_it_once() => RuleTestHarness.Verify("ZL7005", """
        [|*.w|] TXT "wildcard"
        *.w A 192.0.2.1
        [|a.*.w|] TXT "below"
        [|b.*.w|] TXT "below too"
        """);

    [Test]
    public void Accepts_terminal_wildcards() => RuleTestHarness.Verify("ZL7005", """
        *.ok A 192.0.2.1
        *.ok TXT "wildcard"
        * MX 10 mail.example.com.
        sub.ok A 192.0.2.2
        """);
}
