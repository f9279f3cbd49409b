using ZoneLint.Engine;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Conformance;

/// <summary>
/// ldns's ZONEMD test zones (RFC 8976 Appendix A, and one with a repeated scheme and hash algorithm that
/// <c>ldns-verify-zone</c> must reject), read as ZL7009 reads them: it does not compute digests, so it must fire on the
/// repeated pair and on nothing in the valid zones but the Appendix A.2 record placed away from the apex on purpose.
/// </summary>
public class LdnsZonemdRowsTests
{
    private static LintResult Lint(string name)
    {
        var parsed = ZoneParser.ParseFile(Path.Combine(Repository.Corpus, "other", "ldns", "25-ZONEMD", name));
        Assert.That(parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
        return ZoneLinter.Default.Lint(parsed);
    }

    [Test]
    public void A_repeated_scheme_and_algorithm_is_reported()
    {
        var findings = Lint("repeated-ZONEMD-scheme-and-algorithm").Diagnostics.Where(d => d.Id == "ZL7009").ToList();
        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Message, Does.Contain("scheme 1 and hash algorithm 1"));
        Assert.That(findings[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [TestCase("A.1.Simple-EXAMPLE-Zone")]
    [TestCase("A.3.EXAMPLE-Zone-with-multiple-digests")]
    [TestCase("A.4.The-URI.ARPA-Zone")]
    [TestCase("A.5.The-ROOT-SERVERS.NET-Zone")]
    public void Valid_zones_are_not_reported(string name) =>
        Assert.That(Lint(name).Diagnostics.Where(d => d.Id == "ZL7009").Select(d => d.ToString()), Is.Empty);

    [Test]
    public void The_complex_zone_has_only_its_non_apex_record_reported_as_a_warning()
    {
        var findings = Lint("A.2.Complex-EXAMPLE-Zone").Diagnostics.Where(d => d.Id == "ZL7009").ToList();
        Assert.That(findings.Select(d => (d.Owner!.ToString(), d.Severity)), Is.EqualTo(new[] { ("non-apex.example.", DiagnosticSeverity.Warning) }));
    }
}
