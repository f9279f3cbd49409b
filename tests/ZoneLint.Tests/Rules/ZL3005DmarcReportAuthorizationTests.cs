using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3005DmarcReportAuthorizationTests
{
    [Test]
    public void Reports_an_in_zone_report_domain_of_another_organization_without_authorization()
    {
        var result = RuleTestHarness.Verify("ZL3005", """
            _dmarc.shop TXT "v=DMARC1; p=reject; rua=[|mailto:dmarc@reports.example.com|]"
            _dmarc.blog TXT "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.com"
            blog.example.com._report._dmarc.reports TXT "v=DMARC1"
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL3005").Message, Does.Contain("shop.example.com._report._dmarc.reports.example.com. has no TXT record starting v=DMARC1"));
    }

    [Test]
    public void Accepts_a_wildcard_authorization_record() => RuleTestHarness.Verify("ZL3005", """
        _dmarc.wiki TXT "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.com"
        *._report._dmarc.reports TXT "v=DMARC1"
        """);

    [Test]
    public void Treats_names_below_a_domain_that_publishes_dmarc_as_one_organization() => RuleTestHarness.Verify("ZL3005", """
        _dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.com"
        _dmarc.shop TXT "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.com,mailto:d@shop.example.com"
        """);

    [Test]
    public void Respects_psd_n_as_an_organization_boundary() => RuleTestHarness.Verify("ZL3005", """
        _dmarc TXT "v=DMARC1; p=reject"
        _dmarc.shop TXT "v=DMARC1; p=reject; psd=n; rua=[|mailto:dmarc@reports.example.com|]"
        """);

    [Test]
    public void Respects_psd_y_below_an_apex_that_publishes_dmarc() => RuleTestHarness.Verify("ZL3005", """
        _dmarc TXT "v=DMARC1; p=reject"
        _dmarc.shop TXT "v=DMARC1; p=reject; psd=y"
        _dmarc.a.shop TXT "v=DMARC1; p=reject; rua=[|mailto:d@b.shop.example.com|],mailto:d@x.a.shop.example.com"
        """);

    [Test]
    public void Takes_the_shortest_ancestor_with_a_policy_when_the_apex_publishes_none() => RuleTestHarness.Verify("ZL3005", """
        _dmarc.shop TXT "v=DMARC1; p=reject"
        _dmarc.a.shop TXT "v=DMARC1; p=reject; rua=mailto:d@b.shop.example.com,[|mailto:d@blog.example.com|]"
        """);

    [Test]
    public void Works_out_each_report_domains_organization_when_records_alternate_between_them() => RuleTestHarness.Verify("ZL3005", """
        _dmarc TXT "v=DMARC1; p=reject"
        _dmarc.shop TXT "v=DMARC1; p=reject; psd=n"
        _dmarc.a TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"
        _dmarc.b TXT "v=DMARC1; p=reject; rua=[|mailto:d@shop.example.com|]"
        _dmarc.c TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"
        _dmarc.d TXT "v=DMARC1; p=reject; rua=[|mailto:d@shop.example.com|]"
        """);

    [Test]
    public void Stays_silent_about_report_domains_outside_the_zone_without_a_resolver() => RuleTestHarness.Verify("ZL3005", """
        _dmarc TXT "v=DMARC1; p=reject; rua=mailto:reports@dmarc-service.example"
        """);

    [Test]
    public void Asks_the_resolver_for_the_authorization_record_outside_the_zone()
    {
        var resolver = new FakeResolver()
            .Txt("example.com._report._dmarc.authorized.example.", "v=DMARC1")
            .Missing("example.com._report._dmarc.unauthorized.example.");
        RuleTestHarness.Verify("ZL3005", """
            _dmarc TXT "v=DMARC1; p=reject; rua=mailto:a@authorized.example,[|mailto:b@unauthorized.example|],mailto:c@unknown.example"
            """, linter: resolver.Linter());
        Assert.That(resolver.Queries.Select(q => q.Name), Has.Member("example.com._report._dmarc.unknown.example."));
    }
}
