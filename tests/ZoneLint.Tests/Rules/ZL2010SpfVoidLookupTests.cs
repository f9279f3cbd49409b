using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2010SpfVoidLookupTests
{
    [Test]
    public void Reports_terms_whose_in_zone_query_finds_nothing()
    {
        var result = RuleTestHarness.Verify("ZL2010", """
            @ TXT "v=spf1 [|a:gone.example.com|] [|mx:host.example.com|] [|exists:v6only.example.com|] a:v6only.example.com -all"
            host A 192.0.2.10
            v6only AAAA 2001:db8::10
            """);
        var messages = result.Diagnostics.Where(d => d.Id == "ZL2010").Select(d => d.Message).ToList();
        Assert.That(messages, Has.Some.Contains("gone.example.com. does not exist"));
        Assert.That(messages, Has.Some.Contains("host.example.com. has no MX record"));
        Assert.That(messages, Has.All.Contains("the record makes 3 void lookups, more than the 2 receivers allow"));
    }

    [Test]
    public void Checks_the_record_owner_for_a_and_mx_without_a_domain() => RuleTestHarness.Verify("ZL2010", """
        mail TXT "v=spf1 [|a|] [|mx|] -all"
        """);

    [Test]
    public void Follows_aliases_and_wildcards_and_leaves_missing_includes_to_ZL2011()
    {
        var result = RuleTestHarness.Verify("ZL2010", """
            @ TXT "v=spf1 a:alias.example.com mx:any.wild.example.com a:%{i}.example.com include:_missing.example.com [|a:gone.example.com|] -all"
            alias CNAME host
            host A 192.0.2.10
            *.wild MX 10 host
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL2010").Message, Does.EndWith("the record makes 2 of the at most 2 void lookups receivers allow"));
    }

    [Test]
    public void Stays_silent_about_names_outside_the_zone_without_a_resolver() => RuleTestHarness.Verify("ZL2010", """
        @ TXT "v=spf1 a:mail.example.net mx:example.org -all"
        """);

    [Test]
    public void Asks_the_resolver_about_names_outside_the_zone()
    {
        var resolver = new FakeResolver()
            .Missing("old.example.net.")
            .Add("mail.example.net.", new AData(new System.Net.IPAddress([192, 0, 2, 25])));
        RuleTestHarness.Verify("ZL2010", """
            @ TXT "v=spf1 a:mail.example.net [|a:old.example.net|] mx:unknown.example.org -all"
            """, linter: resolver.Linter());
        Assert.That(resolver.Queries, Has.Member(("old.example.net.", RRType.AAAA)));
    }
}
