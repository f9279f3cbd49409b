using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1002MxExchangeHasNoAddressTests
{
    [Test]
    public void Reports_in_zone_exchanges_that_do_not_exist_or_have_no_address()
    {
        var result = RuleTestHarness.Verify("ZL1002", """
            [|@|] MX 10 nowhere
            [|a|] MX 10 txtonly
            txtonly TXT "no address here"
            [|b|] MX 10 ent
            host.ent A 192.0.2.7
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL1002").Select(d => d.Message), Has.Some.Contains("'nowhere.example.com.' does not exist")
            .And.Some.Contains("'txtonly.example.com.' has no A or AAAA record")
            .And.Some.Contains("'ent.example.com.' has no A or AAAA record"));
    }

    [Test]
    public void Accepts_exchanges_with_addresses_the_null_mx_and_wildcard_matches() => RuleTestHarness.Verify("ZL1002", """
        @ MX 10 mail
        @ MX 20 mail6
        mail A 192.0.2.25
        mail6 AAAA 2001:db8::25
        nomail MX 0 .
        w MX 10 mx.wild
        *.wild A 192.0.2.26
        """);

    [Test]
    public void A_wildcard_without_addresses_does_not_help() => RuleTestHarness.Verify("ZL1002", """
        [|w|] MX 10 mx.wild
        *.wild TXT "no address"
        """);

    [Test]
    public void Leaves_aliases_addresses_and_names_below_a_dname_to_other_rules() => RuleTestHarness.Verify("ZL1002", """
        a MX 10 alias
        alias CNAME ns1
        b MX 10 10.0.0.1
        c MX 10 mx.moved
        moved DNAME example.net.
        """);

    [Test]
    public void Names_in_a_child_zone_are_not_in_this_zone_with_or_without_glue() => RuleTestHarness.Verify("ZL1002", """
        child NS ns.elsewhere.example.
        glued NS ns.glued
        ns.glued A 192.0.2.53
        @ MX 10 mail.child
        @ MX 20 child
        @ MX 30 ns.glued
        """);

    [Test]
    public void Out_of_zone_exchanges_are_silent_without_a_resolver() => RuleTestHarness.Verify("ZL1002", """
        @ MX 10 mx.provider.example.
        """);

    [Test]
    public void Asks_the_resolver_about_out_of_zone_and_child_zone_exchanges()
    {
        var resolver = new ScriptedResolver()
            .Missing("gone.provider.example.")
            .NoData("bare.provider.example.")
            .Address("mx.provider.example.", "198.51.100.25")
            .Missing("mail.child.example.com.");
        RuleTestHarness.Verify("ZL1002", """
            [|a|] MX 10 gone.provider.example.
            [|b|] MX 10 bare.provider.example.
            c MX 10 mx.provider.example.
            d MX 10 unknown.provider.example.
            child NS ns.elsewhere.example.
            [|e|] MX 10 mail.child
            """, linter: resolver.Linter());
        Assert.That(resolver.Questions.Select(q => q.Name.ToString()), Does.Not.Contain("ns1.example.com."), "in-zone names are answered from the zone");
    }

    [Test]
    public void Occluded_mx_records_are_not_checked() => RuleTestHarness.Verify("ZL1002", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1.example.net. hostmaster 1 7200 3600 1209600 3600
        @ NS ns1.example.net.
        @ DNAME example.net.
        below MX 10 nowhere.example.org.
        child NS ns.example.net.
        host.child MX 10 nowhere
        """);
}
