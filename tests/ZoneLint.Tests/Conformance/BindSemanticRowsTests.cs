using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Conformance;

/// <summary>
/// BIND corpus rows whose verdict rests on a semantic check (CNAME and other data, MX/SRV/NS targets, DNAME), mapped to
/// the ZoneLint rule that must fire. Each zone is read as BIND's test reads it: from its test directory, with the
/// row's origin (the checkzone argument or the zone name in the test's named.conf).
/// </summary>
public class BindSemanticRowsTests
{
    /// <summary>
    /// Corpus files whose records a parser gap drops, so the mapped rule cannot see them. Each entry says why;
    /// the test is ignored (not failed) while the gap lasts and starts asserting once the file parses.
    /// </summary>
    private static readonly Dictionary<string, string> KnownParserGaps = new(StringComparer.Ordinal)
    {
    };

    public static IEnumerable<TestCaseData> Rows()
    {
        // A test source cannot be ignored, so without the corpus its files are not listed; the fixed rows below are ignored when run.
        string dir = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus", "bind-checkzone"));
        foreach (var file in (Directory.Exists(dir) ? Directory.GetFiles(Path.Combine(dir, "checkzone", "zones"), "bad-cname-and-*.db") : []).Order(StringComparer.Ordinal))
        {
            string relative = "checkzone/zones/" + Path.GetFileName(file);
            yield return Row(relative, "example", "ZL4001");
        }

        yield return Row("checkzone/zones/bad-cds.db", "example", "ZL8121");
        yield return Row("checkzone/zones/bad-cdnskey.db", "example", "ZL8121");
        yield return Row("checkzone/zones/ns-address-below-dname.db", "example.com", "ZL4011", "ZL4010");
        yield return Row("checkzone/zones/delegating-ns-address-below-dname.db", "example.com", "ZL4011", "ZL4010");
        yield return Row("checkconf/check-mx.db", "check-mx", "ZL1003");
        yield return Row("checkconf/check-mx-cname.db", "check-mx-cname", "ZL1001");
        yield return Row("checkconf/check-srv-cname.db", "check-srv-cname", "ZL4008");
        yield return Row("integrity/ns1/mx-cname.db", "mx-cname-fail", "ZL1001");
        yield return Row("integrity/ns1/srv-cname.db", "srv-cname-fail", "ZL4008");
        yield return Row("zonechecks/cname.db", ".", "ZL4007");
        yield return Row("zonechecks/dname.db", ".", "ZL4011");

        // The apex's own name server has no address (noaddress: only a TXT; nxdomain: no records at all). No rule of
        // the mail/alias set covers NS addresses; these rows belong to the delegation rules (ZL5003).
        yield return Row("zonechecks/noaddress.db", ".", "ZL5003");
        yield return Row("zonechecks/nxdomain.db", ".", "ZL5003");

        // The catalog rules added with the SVCB, CAA, host-name, name-server-family and DNSSEC checks.
        foreach (int i in Enumerable.Range(1, 6))
        {
            yield return Row($"checkzone/zones/bad-_dns-svcb{i}.db", "example", "ZL7006");
        }

        yield return Row("checkzone/zones/bad-svcb-servername.db", "0.0.0.0.in-addr.arpa", "ZL7008");
        yield return Row("checkzone/zones/bad-dns-sd-reverse.db", "0.0.0.0.in-addr.arpa", "ZL7008");
        yield return Row("checkconf/check-names.db", "check-names", "ZL7008");
        yield return Row("checkzone/zones/bad-nsec3owner-padded.db", "example", "ZL8008");
        yield return Row("checkzone/zones/warn.no-a.server.db", "example", "ZL5007");
        yield return Row("checkzone/zones/warn.no-aaaa.server.db", "example", "ZL5007");
        yield return Row("checkzone/zones/warn.no-a.server.glue.db", "example", "ZL5007");
        yield return Row("checkzone/zones/warn.no-aaaa.server.glue.db", "example", "ZL5007");
        yield return Row("checkzone/zones/warn.deprecated.rsasha1.db", "example", "ZL8004");
        yield return Row("checkzone/zones/warn.deprecated.nsec3rsasha1.db", "example", "ZL8004");
        yield return Row("checkzone/zones/warn.deprecated.key-alg.db", "example", "ZL8004");
        yield return Row("checkzone/zones/warn.deprecated.ds-alg.db", "example", "ZL8004");
        yield return Row("checkzone/zones/warn.deprecated.digest-sha1.db", "example", "ZL8005");
        yield return Row("checkzone/zones/warn.deprecated.cds-sha1.db", "example", "ZL8005");
    }

    /// <summary>Zones the upstream test requires to load, next to the rule that must not fire on them.</summary>
    public static IEnumerable<TestCaseData> SilentRows()
    {
        yield return Row("checkzone/zones/good-svcb.db", "example", "ZL7006", "ZL7008");
        yield return Row("checkzone/zones/good-dns-sd-reverse.db", "0.0.0.0.in-addr.arpa", "ZL7008");
        yield return Row("checkzone/zones/good-cds.db", "example", "ZL8121");
        yield return Row("checkzone/zones/good-cdnskey.db", "example", "ZL8121");
        yield return Row("checkzone/zones/good-cds-unsigned.db", "example", "ZL8121", "ZL8004", "ZL8005");
        yield return Row("checkzone/zones/good-gc-msdcs.db", "example", "ZL7008");
        yield return Row("checkzone/zones/good-spf-exception.db", "example", "ZL7008");
    }

    [TestCaseSource(nameof(SilentRows))]
    public void Rule_stays_silent_on_a_zone_upstream_loads(string file, string origin, string[] ruleIds)
    {
        string root = Path.Combine(Repository.Corpus, "bind-checkzone");
        var verdicts = File.ReadLines(Path.Combine(root, "EXPECT.tsv")).Select(l => l.Split('\t')).Where(c => c.Length >= 2 && c[0] == file).Select(c => c[1]);
        Assert.That(verdicts, Has.Member("load"), $"EXPECT.tsv has no load row for {file}");
        var result = Lint(root, file, origin);
        var fired = result.Diagnostics.Where(d => ruleIds.Contains(d.Id)).Select(d => d.ToString());
        Assert.That(fired, Is.Empty);
    }

    /// <summary>BIND names one family only: "must NOT contain the AAAA/IPv6 variant" (and the other way round).</summary>
    [TestCase("checkzone/zones/warn.no-a.server.db", "A", "IPv4")]
    [TestCase("checkzone/zones/warn.no-a.server.glue.db", "A", "IPv4")]
    [TestCase("checkzone/zones/warn.no-aaaa.server.db", "AAAA", "IPv6")]
    [TestCase("checkzone/zones/warn.no-aaaa.server.glue.db", "AAAA", "IPv6")]
    public void Name_server_family_rows_name_only_their_family(string file, string type, string family)
    {
        var result = Lint(Path.Combine(Repository.Corpus, "bind-checkzone"), file, "example");
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL5007").Select(d => d.Message), Has.Exactly(1).Items.And.All.StartWith($"the zone has {type} records").And.All.Contains($"an {family} address"));
    }

    private static LintResult Lint(string root, string file, string origin)
    {
        string testDirectory = Path.Combine(root, file.Split('/')[0]);
        var options = ZoneParseOptions.Default with
        {
            Origin = DomainName.Parse(origin == "." ? "." : origin + "."),
            IncludeRoot = testDirectory,
            IncludeBaseDirectory = testDirectory,
        };
        var parsed = ZoneParser.ParseFile(Path.Combine(root, file), options);
        Assert.That(parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
        return ZoneLinter.Default.Lint(parsed);
    }

    [TestCaseSource(nameof(Rows))]
    public void Mapped_rule_fires(string file, string origin, string[] ruleIds)
    {
        string root = Path.Combine(Repository.Corpus, "bind-checkzone");
        AssertRowExpectsRejectionOrWarning(root, file);

        var missing = ruleIds.Where(id => !ZoneLinter.Default.Descriptors.Any(d => d.Id == id)).ToList();
        if (missing.Count > 0)
        {
            Assert.Ignore($"{file} maps to {string.Join(", ", missing)}, which this build does not have yet");
        }

        // BIND runs each test from its directory ("cd checkzone && named-checkzone example zones/x.db").
        string testDirectory = Path.Combine(root, file.Split('/')[0]);
        var options = ZoneParseOptions.Default with
        {
            Origin = DomainName.Parse(origin == "." ? "." : origin + "."),
            IncludeRoot = testDirectory,
            IncludeBaseDirectory = testDirectory,
        };
        var parsed = ZoneParser.ParseFile(Path.Combine(root, file), options);
        var parseErrors = parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (parseErrors.Count > 0 && KnownParserGaps.TryGetValue(file, out string? gap))
        {
            Assert.Ignore($"{file} does not parse yet ({gap}): {string.Join("; ", parseErrors)}");
        }

        Assert.That(parseErrors, Is.Empty, $"{file} must parse cleanly for the rule to see every record");
        var result = ZoneLinter.Default.Lint(parsed);
        var ids = result.Diagnostics.Select(d => d.Id).ToHashSet();
        string all = string.Join("\n", result.Diagnostics.Select(d => "  " + d));
        foreach (string id in ruleIds)
        {
            Assert.That(ids, Does.Contain(id), $"{file} (origin {origin}) must raise {id}; findings:\n{all}");
        }
    }

    [Test]
    public void Every_bad_cname_and_row_is_mapped()
    {
        string root = Path.Combine(Repository.Corpus, "bind-checkzone");
        var expected = File.ReadLines(Path.Combine(root, "EXPECT.tsv"))
            .Where(l => l.StartsWith("checkzone/zones/bad-cname-and-", StringComparison.Ordinal))
            .Select(l => l.Split('\t')[0])
            .ToHashSet();
        var mapped = Rows().Select(r => (string)r.Arguments[0]!).ToHashSet();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(expected, Is.SubsetOf(mapped));
    }

    private static TestCaseData Row(string file, string origin, params string[] ruleIds) =>
        new TestCaseData(file, origin, ruleIds).SetArgDisplayNames(file, string.Join("+", ruleIds));

    private static void AssertRowExpectsRejectionOrWarning(string root, string file)
    {
        var verdicts = File.ReadLines(Path.Combine(root, "EXPECT.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 2 && c[0] == file)
            .Select(c => c[1])
            .ToList();
        Assert.That(verdicts, Has.Some.AnyOf("fail", "warn"), $"EXPECT.tsv has no fail/warn row for {file}");
    }
}
