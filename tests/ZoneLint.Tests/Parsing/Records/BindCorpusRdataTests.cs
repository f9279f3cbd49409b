using System.Text.RegularExpressions;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>
/// The rows of BIND's checkzone corpus that hinge on RDATA syntax of the types in <c>Model/Records</c>: the
/// <c>fail</c> rows must give a ZL0002 error in the record BIND rejects, and the other data those files and the
/// <c>bad-cname-and-*</c> files hold (whose failure is a rule's business) must parse cleanly.
/// </summary>
public class BindCorpusRdataTests
{
    private static readonly Regex RdataRows = new(@"^checkzone/zones/(bad-eui48-.*|bad-eui64-.*|bad-nsap-.*|bad-dhcid|bad-eid|good-nsap)\.db$", RegexOptions.CultureInvariant);

    // The bad-cname-and-* files of the types this folder types (APL and the DNSSEC types are for others).
    private static readonly Regex CnameAndRows = new(
        @"^checkzone/zones/bad-cname-and-(afsdb|caa|cert|dhcid|eid|eui48|eui64|hinfo|kx|loc|naptr|nimloc|nsap|openpgpkey|rp|smimea|srv|sshfp|tlsa|uri)\.db$",
        RegexOptions.CultureInvariant);

    public static IEnumerable<TestCaseData> Rows(Regex which)
    {
        string expect = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus", "bind-checkzone", "EXPECT.tsv"));
        if (!File.Exists(expect))
        {
            yield return new TestCaseData("(corpus absent)", "skip").SetName("CorpusAbsent");
            yield break;
        }

        foreach (string line in File.ReadLines(expect))
        {
            var columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 2 || !which.IsMatch(columns[0]))
            {
                continue;
            }

            yield return new TestCaseData(columns[0], columns[1]).SetArgDisplayNames(columns[0], columns[1]);
        }
    }

    public static IEnumerable<TestCaseData> RdataSyntaxRows() => Rows(RdataRows);

    public static IEnumerable<TestCaseData> CnameAndOtherDataRows() => Rows(CnameAndRows);

    [TestCaseSource(nameof(RdataSyntaxRows))]
    public void RdataSyntaxVerdictsHold(string file, string expected)
    {
        var diagnostics = Parse(file);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (expected == "fail")
        {
            Assert.That(errors.Select(d => d.Id), Has.Some.EqualTo("ZL0002"), string.Join("\n", diagnostics));
        }
        else
        {
            Assert.That(expected, Is.EqualTo("load"));
            Assert.That(errors, Is.Empty);
        }
    }

    [TestCaseSource(nameof(CnameAndOtherDataRows))]
    public void OtherDataBesideTheCnameParses(string file, string expected)
    {
        var diagnostics = Parse(file);
        Assert.That(expected, Is.EqualTo("fail"));
        Assert.That(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
    }

    private static IReadOnlyList<Diagnostic> Parse(string file)
    {
        if (file == "(corpus absent)")
        {
            Assert.Ignore("The shared corpus is not present.");
        }

        string path = Path.Combine(Repository.Corpus, "bind-checkzone", file);
        var options = ZoneParseOptions.Default with { Origin = DomainName.Parse("example.") };
        return ZoneParser.ParseFile(path, options).Diagnostics;
    }
}
