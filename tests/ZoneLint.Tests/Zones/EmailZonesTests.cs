using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Rules;
using ZoneLint.Rules.Dkim;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Zones;

/// <summary>
/// The realistic mail zones in <c>zones/</c>, linted whole. The findings asserted are those of the parser (ZL0xxx) and of
/// the mail-authentication rules (ZL2xxx SPF, ZL3xxx DMARC and DKIM); rules of other areas are left to their own tests.
/// </summary>
public class EmailZonesTests
{
    private static ParseResult Parse(string file) => ZoneParser.ParseFile(Repository.Path("zones", file));

    private static List<string> Findings(LintResult result) =>
    [
        .. result.Diagnostics
            .Where(d => d.Id.StartsWith("ZL0", StringComparison.Ordinal) || d.Id.StartsWith("ZL2", StringComparison.Ordinal) || d.Id.StartsWith("ZL3", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Location.Line}:{d.Location.Column}{(d.IsSuppressed ? " suppressed" : string.Empty)}"),
    ];

    /// <summary>Line and column (1-based) of <paramref name="text"/> in the zone file.</summary>
    private static string Where(string file, string text)
    {
        var lines = File.ReadAllLines(Repository.Path("zones", file));
        int line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.That(line, Is.GreaterThanOrEqualTo(0), text);
        return $"{line + 1}:{lines[line].IndexOf(text, StringComparison.Ordinal) + 1}";
    }

    [Test]
    public void Google_workspace_domain_is_clean()
    {
        var parsed = Parse("northwind.example.zone");
        Assert.That(Findings(ZoneLinter.Default.Lint(parsed)), Is.Empty);

        var key = parsed.Zone.Get(DomainName.Parse("google._domainkey.northwind.example."), RRType.TXT)[0];
        var dkim = DkimKeyRecord.Parse(TxtRecordText.Join((TxtData)key.Data));
        Assert.That((dkim.KeyType, dkim.RsaBits, dkim.Errors.Count), Is.EqualTo(("rsa", 2048, 0)));
    }

    [Test]
    public void Google_workspace_domain_stays_clean_when_googles_records_are_followed()
    {
        var resolver = new FakeResolver()
            .Txt("_spf.google.com.", "v=spf1 include:_netblocks.google.com include:_netblocks2.google.com include:_netblocks3.google.com ~all")
            .Txt("_netblocks.google.com.", "v=spf1 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ip4:66.102.0.0/20 ip4:66.249.80.0/20 ~all")
            .Txt("_netblocks2.google.com.", "v=spf1 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ~all")
            .Txt("_netblocks3.google.com.", "v=spf1 ip4:172.217.0.0/19 ip4:172.217.32.0/20 ~all");
        Assert.That(Findings(resolver.Linter().Lint(Parse("northwind.example.zone"))), Is.Empty);
        Assert.That(resolver.Queries.Select(q => q.Name), Has.Member("_netblocks3.google.com."));
    }

    [Test]
    public void Parked_domain_has_only_its_suppressed_revocation()
    {
        var result = ZoneLinter.Default.Lint(Parse("parked.example.zone"));
        Assert.That(Findings(result), Is.EqualTo(new[] { "ZL3104 " + Where("parked.example.zone", "p=\"") + " suppressed" }));
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL3104").Suppression!.Justification, Does.Contain("every selector is revoked"));
    }

    [Test]
    public void Domain_past_the_lookup_limit_is_reported_with_the_budget_per_term()
    {
        const string file = "bigcorp.example.zone";
        var result = ZoneLinter.Default.Lint(Parse(file));
        Assert.That(Findings(result), Is.EquivalentTo(new[]
        {
            "ZL2003 " + Where(file, "include:_netblocks.bigcorp.example"),
            "ZL3003 " + Where(file, "p=none"),
        }));
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL2003").Message, Is.EqualTo(
            "SPF evaluation needs at least 12 DNS lookups, over the limit of 10 (a lower bound: includes that could not be followed count as 1): " +
            "mx, a, include:_spf.bigcorp.example (7: a:mta1.bigcorp.example, a:mta2.bigcorp.example, a:mta3.bigcorp.example, " +
            "include:_spf-eu.bigcorp.example (3: mx:eu.bigcorp.example, exists:%{i}._allow.bigcorp.example)), " +
            "include:_netblocks.bigcorp.example (2: a:relay.bigcorp.example), include:sendgrid.net (at least 1, out of zone)"));
    }

    [Test]
    public void Domain_past_the_lookup_limit_has_an_exact_count_with_a_resolver()
    {
        var resolver = new FakeResolver().Txt("sendgrid.net.", "v=spf1 ip4:167.89.0.0/17 ip4:208.117.48.0/20 ip4:50.31.32.0/19 ~all");
        var result = resolver.Linter().Lint(Parse("bigcorp.example.zone"));
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL2003").Message, Does.StartWith("SPF evaluation needs 12 DNS lookups, over the limit of 10: "));
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL2003").Message, Does.EndWith("include:sendgrid.net (1)"));
    }
}
