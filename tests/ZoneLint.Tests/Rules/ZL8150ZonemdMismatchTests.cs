using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

/// <summary>ZONEMD verification against the RFC 8976 Appendix A zones (from ldns's 25-ZONEMD test) and edits of them.</summary>
public class ZL8150ZonemdMismatchTests
{
    [TestCase("A.1.Simple-EXAMPLE-Zone", "example.")]
    [TestCase("A.2.Complex-EXAMPLE-Zone", "example.")]
    [TestCase("A.3.EXAMPLE-Zone-with-multiple-digests", "example.")]
    [TestCase("A.4.The-URI.ARPA-Zone", "uri.arpa.")]
    [TestCase("A.5.The-ROOT-SERVERS.NET-Zone", "root-servers.net.")]
    public void Rfc_8976_example_zones_verify(string file, string origin) =>
        Assert.That(Findings(File.ReadAllText(Path(file)), origin), Is.Empty);

    [Test]
    public void Repeated_scheme_and_algorithm_fails_as_ldns_requires()
    {
        var findings = Findings(File.ReadAllText(Path("repeated-ZONEMD-scheme-and-algorithm")), "example.");
        Assert.That(findings, Has.Some.Contains("repeats scheme 1 and hash algorithm 1"));
    }

    [Test]
    public void Record_changed_after_digesting_fails()
    {
        string text = File.ReadAllText(Path("A.2.Complex-EXAMPLE-Zone")).Replace("203.0.113.63", "203.0.113.64", StringComparison.Ordinal);
        var findings = Findings(text, "example.");
        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0], Does.StartWith("5: ZONEMD at 'example.' digest does not match the zone: it was computed over other contents (the zone's SIMPLE SHA-384 digest is "));
    }

    [Test]
    public void Serial_of_another_version_fails()
    {
        string text = File.ReadAllText(Path("A.1.Simple-EXAMPLE-Zone")).Replace("admin 2018031900 (", "admin 2018031901 (", StringComparison.Ordinal);
        Assert.That(Findings(text, "example."), Has.One.Contains("but the SOA serial is 2018031901"));
    }

    [Test]
    public void Duplicate_records_and_occluded_data_count_as_the_rfc_says()
    {
        // A.2 holds a duplicate TXT (digested once), occluded data and glue (digested), and out-of-zone data (excluded).
        string text = File.ReadAllText(Path("A.2.Complex-EXAMPLE-Zone"));
        Assert.That(text, Does.Contain("duplicate     300     IN  TXT").And.Contain("occluded.sub").And.Contain("foo.test."));
        Assert.That(Findings(text, "example."), Is.Empty);
        Assert.That(Findings(text.Replace("occluded but must be digested", "occluded and edited", StringComparison.Ordinal), "example."), Has.Count.EqualTo(1));
    }

    private static string Path(string file) => System.IO.Path.Combine(Repository.Corpus, "other", "ldns", "25-ZONEMD", file);

    private static List<string> Findings(string text, string origin)
    {
        var parsed = ZoneParser.Parse(text, ZoneParseOptions.Default with { Origin = DomainName.Parse(origin) });
        Assert.That(parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
        return [.. ZoneLinter.Default.Lint(parsed).Diagnostics.Where(d => d.Id == "ZL8150").Select(d => $"{d.Location.Line}: {d.Message}")];
    }
}
