using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Conformance;

/// <summary>
/// Runs every row of the shared corpus verdicts (<c>bind-checkzone/EXPECT.tsv</c>, <c>other/EXPECT.tsv</c>) through the
/// parser, from the directory and with the origin the row names. A row is checked by its verdict: <c>load</c> parses
/// with no error, <c>warn</c> parses with no error and a parser warning, <c>fail</c> gives an error (on the line the
/// upstream test greps for, when it names one); expected-output files are compared with their input as record sets.
/// Rows whose verdict is a semantic check (a rule's business, not the parser's) are listed with the covering rule in
/// <c>semantic-rows.tsv</c>; there the zone must parse cleanly so the rule can run. Rows that fail only for want of a
/// typed RDATA parser are listed in <c>pending-types.tsv</c> and must still fail, so the list stays honest.
/// </summary>
public partial class CorpusConformanceTests
{
    private static readonly string[] Sources = ["bind-checkzone", "other"];

    /// <summary>Origins for rows whose notes name none, or name it in a way the general rule cannot read.</summary>
    private static readonly Dictionary<string, (string? Origin, string Why)> OriginOverrides = new(StringComparer.Ordinal)
    {
        ["bind-checkzone/checkconf/maxttl-bad.db"] = ("maxttl1.example", "max-ttl.conf loads it as maxttl1/2/3.example; the first is taken"),
        ["other/ldns/14-read-zone/14-read-zone.db"] = (".", "ldns-read-zone is given no origin and reads '@' and relative owners against the root"),
        ["other/ldns/26-loc-centimetre/26-loc-centimetre.db"] = (".", "ldns-read-zone is given no origin and reads relative owners against the root"),
        ["other/ldns/27-tab-between-cstrings/27-tab-between-cstrings.db"] = (".", "ldns-read-zone is given no origin and reads relative owners against the root"),
        ["other/ldns/28-tab-instead-of-space/28-tab-instead-of-space.db"] = (".", "absolute names only; no origin given"),
        ["other/ldns/29-generic-rdata-tab/29-generic-rdata-tab.db"] = (".", "absolute names only; no origin given"),
    };

    /// <summary>Classes for rows whose records are not IN (ldns reads any class).</summary>
    private static readonly Dictionary<string, RRClass> ClassOverrides = new(StringComparer.Ordinal)
    {
        ["other/ldns/29-generic-rdata-tab/29-generic-rdata-tab.db"] = new RRClass(32),
    };

    /// <summary>Expected-output files: compared, as record sets with TTLs, with the input their row names.</summary>
    private static readonly Dictionary<string, string> ExpectedOutputs = new(StringComparer.Ordinal)
    {
        ["other/dnspython/example1.good"] = "other/dnspython/example",
        ["other/dnspython/example2.good"] = "other/dnspython/example",
        ["other/dnspython/example3.good"] = "other/dnspython/example",
        ["other/dnspython/example4.good"] = "other/dnspython/example",
        ["other/nsd/svcb/svcb.success-cases.zone.cmp"] = "other/nsd/svcb/svcb.success-cases.zone",
        ["other/nsd/rr-test/rr-test.cmp_zone"] = "other/nsd/rr-test/rr-test.zone",
        ["other/ldns/08-zonereader/08-zonereader.outputzone"] = "other/ldns/08-zonereader/08-zonereader.inputzone",
    };

    /// <summary>Inputs whose upstream test also requires the same records as another input (text and generic forms).</summary>
    private static readonly Dictionary<string, string> SameRecordsAs = new(StringComparer.Ordinal)
    {
        ["other/nsd/svcb/svcb.test-vectors-wf.zone"] = "other/nsd/svcb/svcb.test-vectors-pf.zone",
        ["other/nsd/svcb/svcb.test-vectors-pf.zone"] = "other/nsd/svcb/svcb.test-vectors-wf.zone",
    };

    /// <summary>Rows that upstream only ever read through another file (an $INCLUDE fragment); that file is parsed instead.</summary>
    private static readonly Dictionary<string, string> ReadThrough = new(StringComparer.Ordinal)
    {
        ["bind-checkzone/unknown/ns1/large.db"] = "bind-checkzone/unknown/ns1/example-in.db",
    };

    /// <summary>
    /// The class of error a <c>fail</c> row must give, from the upstream message (<c>unexpected end of input</c> is
    /// RDATA ending early, <c>meta RR type</c> a type, <c>not a file</c> an include). Rows not here need any error.
    /// </summary>
    private static readonly Dictionary<string, string> ExpectedErrorIds = new(StringComparer.Ordinal)
    {
        ["bind-checkzone/checkzone/zones/bad-dhcid.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eid.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eui48-no-leading-zero.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eui48-three-digits.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eui48-too-short.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eui48-trailing-garbage.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eui64-no-leading-zero.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eui64-three-digits.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eui64-too-short.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-eui64-trailing-garbage.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-generate-garbage.db"] = "ZL0008",
        ["bind-checkzone/checkzone/zones/bad-generate-missing-brace.db"] = "ZL0008",
        ["bind-checkzone/checkzone/zones/bad-generate-range.db"] = "ZL0008",
        ["bind-checkzone/checkzone/zones/bad-generate-tkey.db"] = "ZL0003",
        ["bind-checkzone/checkzone/zones/bad-include-directory.db"] = "ZL0005",
        ["bind-checkzone/checkzone/zones/bad-nsap-empty.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-nsap-odd-nibble.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-nsec3-length.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-nsec3-padded.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-svcb-alpn1.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-svcb-alpn2.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-svcb-alpn3.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-svcb-alpn4.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-svcb-alpn5.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-svcb-alpn6.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-svcb-mandatory.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-svcb.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad-tkey.db"] = "ZL0003",
        ["bind-checkzone/checkzone/zones/bad-tsig.db"] = "ZL0003",
        ["bind-checkzone/checkzone/zones/bad-unspec.db"] = "ZL0003",
        ["bind-checkzone/checkzone/zones/bad1.db"] = "ZL0002",
        ["bind-checkzone/checkzone/zones/bad2.db"] = "ZL0008",
        ["bind-checkzone/checkzone/zones/bad3.db"] = "ZL0008",
        ["bind-checkzone/checkzone/zones/bad4.db"] = "ZL0008",
        ["bind-checkzone/checkzone/zones/badttl.db"] = "ZL0001",
        ["bind-checkzone/libdns-master/testdata/master/master2.data"] = "ZL0002",
        ["bind-checkzone/libdns-master/testdata/master/master3.data"] = "ZL0001",
        ["bind-checkzone/libdns-master/testdata/master/master5.data"] = "ZL0003",
        ["bind-checkzone/libdns-master/testdata/master/master7.data"] = "ZL0002",
        ["bind-checkzone/libdns-master/testdata/master/master9.data"] = "ZL0003",
        ["bind-checkzone/libdns-master/testdata/master/master15.data"] = "ZL0002",
        ["bind-checkzone/unknown/ns1/broken1.db"] = "ZL0003",
        ["bind-checkzone/unknown/ns1/broken2.db"] = "ZL0003",
        ["bind-checkzone/unknown/ns1/broken3.db"] = "ZL0002",
        ["bind-checkzone/unknown/ns1/broken4.db"] = "ZL0002",
        ["bind-checkzone/unknown/zones/nan.bad"] = "ZL0003",
        ["other/nsd/bug107_bad_hex_3597/bug107_bad_hex_3597.zone"] = "ZL0003",
    };

    /// <summary>Input rows whose upstream test compares the loaded zone with a file that has no row of its own.</summary>
    private static readonly Dictionary<string, string> ComparedWith = new(StringComparer.Ordinal)
    {
        ["bind-checkzone/masterfile/ns1/include.db"] = "bind-checkzone/masterfile/ns1/include.db.expected",
        ["bind-checkzone/masterfile/ns1/ttl1.db"] = "bind-checkzone/masterfile/ns1/ttl1.db.expected",
        ["bind-checkzone/masterfile/ns1/ttl2.db"] = "bind-checkzone/masterfile/ns1/ttl2.db.expected",
        ["bind-checkzone/masterfile/zone/inheritownerafterinclude.db"] = "bind-checkzone/masterfile/zone/inheritownerafterinclude.db.expected",
    };

    /// <summary>The record values the upstream tests query, checked where the row names them.</summary>
    private static readonly Dictionary<string, Func<string, ParseResult, string?>> ValueChecks = new(StringComparer.Ordinal)
    {
        ["bind-checkzone/unknown/ns1/example-in.db"] = (_, r) => FirstMismatch(r, [
            .. Enumerable.Range(1, 12).Select(i => ($"a{i}.example.", "A", "10.0.0.1")),
            .. Enumerable.Range(1, 7).Select(i => ($"txt{i}.example.", "TXT", "\"hello\"")),
            .. Enumerable.Range(1, 3).Select(i => ($"unk{i}.example.", "TYPE123", "\\# 1 00")),
            ("null.example.", "NULL", "\\# 1 00"),
            ("empty.example.", "NULL", "\\# 0"),
            ("txt8.example.", "TXT", "\"#\" \"2\" \"0145\""),
            ("txt9.example.", "TXT", "\"#\" \"text\""),
        ]),
        ["bind-checkzone/unknown/ns1/large.db"] = (dir, r) =>
        {
            string expected = Regex.Replace(File.ReadAllText(Path.Combine(dir, "..", "large.out")), @"\s+", string.Empty);
            var record = r.Zone.Records.SingleOrDefault(x => x.Type.Value == 45234);
            string actual = record.IsDefault ? "(none)" : Regex.Replace(record.Data.ToString(), @"\s+", string.Empty);
            return string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase) ? null : "large.example TYPE45234 differs from large.out";
        },
        ["bind-checkzone/libdns-master/testdata/master/master8.data"] = (_, r) =>
            r.Zone.Records.Any(x => x.Type == RRType.DNSKEY && x.Location.File == "testdata/master/master6.data")
                ? null : "no record read from the $INCLUDEd 'testdata/master/master6.data'",
        ["bind-checkzone/checkzone/zones/generate-overflow.db"] = (_, r) =>
            r.Zone.Records.Count(x => x.Type == RRType.CNAME) == 1 ? null : $"{r.Zone.Records.Count(x => x.Type == RRType.CNAME)} CNAME records, not 1",
        ["bind-checkzone/zonechecks/bigserial.db"] = (_, r) =>
            r.Zone.Records.Select(x => x.Data).OfType<SoaData>().SingleOrDefault()?.Serial == 3003113544 ? null : "SOA serial is not 3003113544",
        ["other/nsd/bug087_parse_at/bug087_parse_at.zone"] = (_, r) =>
            FirstMismatch(r, [("example.com.", "MX", "0 example.com.")], ttl: 43200),
        ["other/ldns/26-loc-centimetre/26-loc-centimetre.db"] = (_, r) =>
            r.Zone.Records.Any(x => x.Type == RRType.LOC && x.Data.ToString().Contains("0.10m", StringComparison.Ordinal)) ? null : "LOC not printed with '0.10m'",
        ["other/ldns/27-tab-between-cstrings/27-tab-between-cstrings.db"] = (_, r) =>
            FirstMismatch(r, [("foo.", "HINFO", "\"hohum\" \"weirdo\"")]),
        ["other/ldns/28-tab-instead-of-space/28-tab-instead-of-space.db"] = (_, r) =>
            r.Zone.Records.Any(x => x.Type == RRType.NAPTR && x.Data.ToString().Contains("customer-service", StringComparison.Ordinal)) ? null : "no NAPTR with 'customer-service'",
    };

    private static readonly Lazy<Report> Run = new(() => Evaluate(Repository.Corpus));

    [Test]
    public void Every_corpus_row_behaves_as_its_verdict_says()
    {
        var report = Run.Value;
        foreach (var line in report.Lines)
        {
            TestContext.Out.WriteLine(line);
        }

        foreach (var summary in report.Summaries)
        {
            TestContext.Out.WriteLine(summary);
        }

        Assert.That(report.Problems, Is.Empty, "rows that do not behave as expected (see the output for every row)");
    }

    [Test]
    public void The_lists_name_existing_rows_with_a_reason()
    {
        string corpus = Repository.Corpus;
        var rows = LoadRows(corpus).Select(r => (r.Path, r.Expected)).ToHashSet();
        var semantic = LoadList("semantic-rows.tsv", 4);
        var pending = LoadList("pending-types.tsv", 4);
        string? catalog = File.Exists(Path.Combine(corpus, "..", "design", "RULES.md")) ? File.ReadAllText(Path.Combine(corpus, "..", "design", "RULES.md")) : null;
        foreach (var entry in semantic.Concat(pending))
        {
            Assert.That(rows, Does.Contain((entry[0], entry[1])), $"no corpus row '{entry[0]}' with verdict '{entry[1]}'");
            Assert.That(entry[3], Has.Length.GreaterThan(10), $"'{entry[0]}' needs a reason");
        }

        foreach (var entry in semantic)
        {
            Assert.That(entry[2], Does.Match(@"^(ZL\d{4}|n/a)$"), entry[0]);
            // The catalog grows beyond RULES.md: an ID with a rule page of its own is in the catalog too.
            if (catalog is not null && entry[2] != "n/a" && !File.Exists(Repository.Path("docs", "rules", entry[2] + ".md")))
            {
                Assert.That(catalog, Does.Contain($"| {entry[2]} |"), $"{entry[2]} ({entry[0]}) is neither in RULES.md nor has a docs/rules page");
            }
        }

        foreach (var entry in pending)
        {
            Assert.That(entry[2].Split(','), Is.All.Matches<string>(t => RRType.TryParse(t.Trim(), out _)), $"'{entry[2]}' ({entry[0]}) is not a list of types");
        }

        Assert.That(semantic.Select(e => (e[0], e[1])), Is.Unique);
        Assert.That(pending.Select(e => (e[0], e[1])), Is.Unique);
    }

    [Test]
    public void The_root_zone_parses_completely()
    {
        string path = Path.Combine(Repository.Corpus, "other", "root-zone", "root.zone");
        var result = ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Root });
        Assert.That(result.Diagnostics.Select(d => d.ToString()).Take(10), Is.Empty);

        // Counted from the text, independently of the parser: one record per line, the type in the fourth field.
        var lines = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != ';').ToList();
        var textTypes = lines.Select(l => l.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[3]).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(result.Zone.Records, Has.Count.EqualTo(lines.Count));
        Assert.That(lines, Has.Count.EqualTo(22772));
        Assert.That(result.Zone.Records.GroupBy(r => r.Type.ToString()).ToDictionary(g => g.Key, g => g.Count()), Is.EquivalentTo(textTypes));
        Assert.That(textTypes, Is.EquivalentTo(new Dictionary<string, int>
        {
            ["SOA"] = 1, ["NS"] = 7376, ["A"] = 4348, ["AAAA"] = 3774, ["DS"] = 2772, ["RRSIG"] = 2950, ["NSEC"] = 1548, ["DNSKEY"] = 3,
        }));

        var soa = (SoaData)result.Zone.Records.Single(r => r.Type == RRType.SOA).Data;
        Assert.That((soa.PrimaryServer.ToString(), soa.ResponsibleMailbox.ToString(), soa.Serial, soa.Refresh, soa.Retry, soa.Expire, soa.Minimum),
            Is.EqualTo(("a.root-servers.net.", "nstld.verisign-grs.com.", 2017082100u, 1800u, 900u, 604800u, 86400u)));
        Assert.That(Lookup(result, "a.root-servers.net.", RRType.A), Is.EqualTo(new[] { "518400 198.41.0.4" }));
        Assert.That(Lookup(result, "a.root-servers.net.", RRType.AAAA), Is.EqualTo(new[] { "518400 2001:503:ba3e::2:30" }));
        Assert.That(Lookup(result, ".", RRType.NS), Is.EquivalentTo("abcdefghijklm".Select(c => $"518400 {c}.root-servers.net.")));
        Assert.That(Lookup(result, "com.", RRType.NS), Is.EquivalentTo("abcdefghijklm".Select(c => $"172800 {c}.gtld-servers.net.")));
        Assert.That(result.Zone.Origin, Is.EqualTo(DomainName.Root));
        Assert.That(result.Zone.Records.Select(r => r.Owner).Distinct().Count(), Is.EqualTo(lines.Select(l => l.Split((char[])['\t', ' '], 2)[0].ToLowerInvariant()).Distinct().Count()));
    }

    private static string[] Lookup(ParseResult result, string owner, RRType type) =>
        [.. result.Zone.Records.Where(r => r.Type == type && r.Owner.ToString() == owner).Select(r => $"{r.Ttl} {r.Data}")];

    private static string? FirstMismatch(ParseResult r, IEnumerable<(string Owner, string Type, string Data)> expected, uint? ttl = null)
    {
        foreach (var (owner, type, data) in expected)
        {
            var found = r.Zone.Records.Where(x => x.Owner.ToString() == owner && x.Type.ToString() == type).Select(x => (x.Data.ToString(), x.Ttl)).ToList();
            if (!found.Any(f => f.Item1 == data && (ttl is null || f.Ttl == ttl)))
            {
                return $"{owner} {type}: expected {(ttl is null ? string.Empty : ttl + " ")}{data}, found [{string.Join(", ", found.Select(f => f.Ttl + " " + f.Item1))}]";
            }
        }

        return null;
    }

    internal sealed record Row(string Source, string File, string Expected, string Notes)
    {
        public string Path => Source + "/" + File;
    }

    private sealed record Report(List<string> Lines, List<string> Summaries, List<string> Problems);

    private static List<Row> LoadRows(string corpus)
    {
        var rows = new List<Row>();
        foreach (string source in Sources)
        {
            foreach (string line in File.ReadLines(Path.Combine(corpus, source, "EXPECT.tsv")))
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var cols = line.Split('\t');
                rows.Add(new Row(source, cols[0], cols[1], cols.Length > 2 ? cols[2] : string.Empty));
            }
        }

        return rows;
    }

    /// <summary>Reads a checked-in TSV list (comment lines start with <c>#</c>); every entry has <paramref name="columns"/> columns.</summary>
    private static List<string[]> LoadList(string name, int columns)
    {
        string path = Repository.Path("tests", "ZoneLint.Tests", "Conformance", name);
        var entries = new List<string[]>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            Assert.That(cols, Has.Length.EqualTo(columns), $"{name}: '{line}' must have {columns} tab-separated columns");
            entries.Add(cols);
        }

        return entries;
    }

    private static Report Evaluate(string corpus)
    {
        var rows = LoadRows(corpus);
        var semantic = LoadList("semantic-rows.tsv", 4).ToDictionary(e => (e[0], e[1]), e => (Rule: e[2], Reason: e[3]));
        var pending = LoadList("pending-types.tsv", 4).ToDictionary(e => (e[0], e[1]), e => (Types: e[2], Reason: e[3]));
        var lines = new List<string>();
        var problems = new List<string>();
        var passed = new Dictionary<string, int>();
        var parses = new Dictionary<string, ParseResult>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            string check;
            string? failure;
            if (semantic.TryGetValue((row.Path, row.Expected), out var listed))
            {
                (check, failure) = CheckSemantic(corpus, row, listed.Rule, parses);
            }
            else
            {
                (check, failure) = CheckVerdict(corpus, row, parses);
            }

            bool ok = failure is null;
            bool isPending = pending.TryGetValue((row.Path, row.Expected), out var wanted);
            string status = (ok, isPending) switch
            {
                (true, false) => "PASS",
                (false, false) => "FAIL",
                (false, true) => "PENDING",
                (true, true) => "PASSES-BUT-PENDING",
            };
            lines.Add($"{status,-18} {row.Path} [{row.Expected}] {check}{(failure is null ? string.Empty : ": " + failure)}{(isPending ? $" (waits for {wanted.Types})" : string.Empty)}");
            if (ok)
            {
                passed[row.Source] = passed.GetValueOrDefault(row.Source) + 1;
            }

            if (!ok && !isPending)
            {
                problems.Add($"{row.Path} [{row.Expected}] {check}: {failure}");
            }
            else if (ok && isPending)
            {
                problems.Add($"{row.Path} [{row.Expected}] now passes: remove it from pending-types.tsv");
            }
        }

        var summaries = Sources.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s}: {passed.GetValueOrDefault(s)}/{rows.Count(r => r.Source == s)} rows pass ({rows.Count(r => r.Source == s && semantic.ContainsKey((r.Path, r.Expected)))} semantic, {rows.Count(r => r.Source == s && pending.ContainsKey((r.Path, r.Expected)))} pending a typed parser)")).ToList();
        return new Report(lines, summaries, problems);
    }

    /// <summary>A semantic row: its zone must parse cleanly so the rule can judge it; a listed parser ID must be reported.</summary>
    private static (string Check, string? Failure) CheckSemantic(string corpus, Row row, string rule, Dictionary<string, ParseResult> parses)
    {
        var result = ParseRow(corpus, row, parses);
        if (rule.StartsWith("ZL0", StringComparison.Ordinal))
        {
            // A deviation: the parser reports the listed diagnostic, and no other error.
            bool exactly = result.Diagnostics.Any(d => d.Id == rule) && Errors(result).All(d => d.Id == rule);
            return ($"deviation, reports {rule} only", exactly ? null : Describe(result));
        }

        var errors = Errors(result);
        return ($"semantic ({rule}), parses cleanly", errors.Count == 0 ? null : Describe(result));
    }

    private static (string Check, string? Failure) CheckVerdict(string corpus, Row row, Dictionary<string, ParseResult> parses)
    {
        if (row.Path.EndsWith("svcb_test_vectors.text", StringComparison.Ordinal) || row.Path.EndsWith("svcb_test_vectors.generic", StringComparison.Ordinal))
        {
            return ("vectors: text form equals generic form", CompareSvcbVectors(Path.Combine(corpus, "other", "dnspython")));
        }

        if (ExpectedOutputs.TryGetValue(row.Path, out string? input) || SameRecordsAs.TryGetValue(row.Path, out input))
        {
            var output = ParseRow(corpus, row, parses);
            var source = ParseRow(corpus, FindRow(corpus, input), parses);
            string? difference = CompareRecordSets(source, output);
            if (difference is null && Errors(output).Count > Errors(source).Count)
            {
                // An expected output may repeat its input's known problems, but must add none.
                difference = Describe(output);
            }

            return ($"same records as {Path.GetFileName(input)}", difference);
        }

        var result = ParseRow(corpus, row, parses);
        var errors = Errors(result);
        switch (row.Expected)
        {
            case "load":
            case "warn":
                if (errors.Count > 0)
                {
                    return ("parses cleanly", Describe(result));
                }

                if (row.Expected == "warn" && !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning))
                {
                    return ("parses with a warning", "no warning");
                }

                if (ComparedWith.TryGetValue(row.Path, out string? expectedFile))
                {
                    var expected = ParseFile(corpus, expectedFile, Origin(row) ?? ".", RRClass.IN);
                    return ($"parses cleanly, records equal {Path.GetFileName(expectedFile)}", CompareRecordSets(expected, result) ?? (Errors(expected).Count > 0 ? Describe(expected) : null));
                }

                if (ValueChecks.TryGetValue(row.Path, out var valueCheck))
                {
                    return ("parses cleanly, values as queried", valueCheck(WorkingDirectory(corpus, row).Directory, result));
                }

                return (row.Expected == "warn" ? "parses with a warning" : "parses cleanly", null);
            case "fail":
                string id = ExpectedErrorIds.GetValueOrDefault(row.Path, "ZL0");
                var greppedLines = GreppedLines(row);
                string name = Path.GetFileName(row.File);
                string what = (id == "ZL0" ? "an error" : "error " + id) + (greppedLines.Count > 0 ? $" on line {string.Join(" or ", greppedLines)}" : string.Empty);
                bool found = errors.Any(d => d.Id.StartsWith(id, StringComparison.Ordinal)
                    && (greppedLines.Count == 0 || (d.Location.File is not null && Path.GetFileName(d.Location.File) == name
                        && greppedLines.Any(l => l == d.Location.Line || InSameParenthesizedRecord(Path.Combine(WorkingDirectory(corpus, row).Directory, d.Location.File), l, d.Location.Line)))));
                return (what, found ? null : (errors.Count == 0 ? "no error; " : "not found; ") + Describe(result));
            default:
                return ("unknown verdict", $"verdict '{row.Expected}'");
        }
    }

    private static Row FindRow(string corpus, string path) => LoadRows(corpus).First(r => r.Path == path);

    /// <summary>
    /// BIND names the line a multi-line record starts on; ZoneLint names the line of the offending token. Both are right
    /// when the token lies between the record's '(' on <paramref name="start"/> and its ')'.
    /// </summary>
    private static bool InSameParenthesizedRecord(string file, int start, int line)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        var lines = File.ReadAllLines(file);
        if (start < 1 || line <= start || line > lines.Length || !lines[start - 1].Split(';')[0].Contains('(', StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = start; i < line - 1; i++)
        {
            if (lines[i].Split(';')[0].Contains(')', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Diagnostic> Errors(ParseResult result) => [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];

    private static string Describe(ParseResult result)
    {
        var shown = result.Diagnostics.Take(3).Select(d => $"{Path.GetFileName(d.Location.File)}({d.Location.Line},{d.Location.Column}) {d.Id} {d.Message}");
        string more = result.Diagnostics.Length > 3 ? $" (+{result.Diagnostics.Length - 3} more)" : string.Empty;
        return result.Diagnostics.IsEmpty ? "no diagnostics" : string.Join(" | ", shown) + more;
    }

    /// <summary>The lines the upstream test's grep names for this file (<c>zones/bad1.db:6:</c>).</summary>
    private static HashSet<int> GreppedLines(Row row)
    {
        string name = Regex.Escape(Path.GetFileName(row.File)).Replace(@"\.", @"\\?\.", StringComparison.Ordinal);
        return [.. Regex.Matches(row.Notes, name + @":(\d+):").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];
    }

    private static ParseResult ParseRow(string corpus, Row row, Dictionary<string, ParseResult> parses)
    {
        if (ReadThrough.TryGetValue(row.Path, out string? via))
        {
            row = FindRow(corpus, via);
        }

        string? origin = Origin(row);
        string key = row.Path + "|" + origin;
        if (!parses.TryGetValue(key, out var result))
        {
            var cls = ClassOverrides.TryGetValue(row.Path, out var c) ? c : RRClass.IN;
            result = ParseFile(corpus, row.Path, origin, cls, WorkingDirectory(corpus, row));
            parses[key] = result;
        }

        return result;
    }

    private static ParseResult ParseFile(string corpus, string path, string? origin, RRClass cls, (string Directory, string File)? place = null)
    {
        var (directory, file) = place ?? (Path.GetDirectoryName(Path.Combine(corpus, path))!, Path.GetFileName(path));
        var options = ZoneParseOptions.Default with
        {
            Origin = origin is null ? null : DomainName.Parse(origin.EndsWith('.') ? origin : origin + "."),
            Class = cls,
            IncludeRoot = directory,
            IncludeBaseDirectory = directory,
        };

        // The file is named relative to the working directory, as the upstream command line names it.
        var bytes = File.ReadAllBytes(Path.Combine(directory, file));
        return ZoneParser.Parse(bytes, options with { FileName = file });
    }

    /// <summary>Where the upstream test runs the row (corpus README): the test directory, or a named server's <c>ns1/</c>.</summary>
    internal static (string Directory, string File) WorkingDirectory(string corpus, Row row)
    {
        if (row.Source != "bind-checkzone")
        {
            string full = Path.Combine(corpus, row.Source, row.File);
            return (Path.GetDirectoryName(full)!, Path.GetFileName(full));
        }

        var parts = row.File.Split('/');
        int depth = parts.Length > 2 && parts[1] == "ns1" ? 2 : 1;
        return (Path.Combine([corpus, row.Source, .. parts[..depth]]), string.Join('/', parts[depth..]));
    }

    /// <summary>The origin the row names: the zone argument of the command, the zone of a named or NSD test, or an override.</summary>
    internal static string? Origin(Row row)
    {
        if (OriginOverrides.TryGetValue(row.Path, out var over))
        {
            return over.Origin;
        }

        if (ExpectedOutputs.TryGetValue(row.Path, out string? input))
        {
            // An expected output is read as its input is.
            return Origin(FindRow(Repository.Corpus, input));
        }

        if (row.Path.StartsWith("bind-checkzone/libdns-master/", StringComparison.Ordinal))
        {
            return "test";
        }

        if (row.Path.StartsWith("other/root-zone/", StringComparison.Ordinal))
        {
            return ".";
        }

        if (row.Path.StartsWith("other/dnspython/", StringComparison.Ordinal))
        {
            // dns.zone.from_file('example', 'example'), and the expected outputs of that zone.
            return "example";
        }

        string name = Regex.Escape(Path.GetFileName(row.File));
        var m = Regex.Match(row.Notes, @"(?:named-checkzone|nsd-checkzone|named-compilezone)\s(?:[^;:]*?\s)?(\S+)\s+(?:\S*/)?" + name + @"(?=[\s:;(]|$)");
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        m = Regex.Match(row.Notes, @"zone '([^']+)'");
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        m = Regex.Match(row.Notes, @"^zone (\S+?);?\s");
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        m = Regex.Match(row.Notes, @"as zone (\S+);");
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        if (row.Path.StartsWith("bind-checkzone/checkconf/", StringComparison.Ordinal))
        {
            // named-checkconf rows name the zone in the conf; where the note does not, the file is named after it.
            return Path.GetFileNameWithoutExtension(row.File);
        }

        if (row.Path.StartsWith("other/nsd/", StringComparison.Ordinal))
        {
            m = Regex.Match(row.Notes, @"nsd-checkzone (?:-p )?(\S+) ");
            return m.Success ? m.Groups[1].Value : null;
        }

        return null;
    }

    /// <summary>Compares two zones as multisets of records (owner, TTL, class, type, RDATA); <see langword="null"/> when equal.</summary>
    private static string? CompareRecordSets(ParseResult expected, ParseResult actual)
    {
        static string Key(ResourceRecord r) =>
            $"{r.Owner.ToString().ToLowerInvariant()} {r.Ttl} {r.Class} {r.Type} {Convert.ToHexString(r.Data.ToWire(WireForm.Comparison))}";

        var missing = expected.Zone.Records.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
        var extra = new List<ResourceRecord>();
        foreach (var r in actual.Zone.Records)
        {
            if (missing.TryGetValue(Key(r), out var list) && list.Count > 0)
            {
                list.RemoveAt(list.Count - 1);
            }
            else
            {
                extra.Add(r);
            }
        }

        var left = missing.Values.SelectMany(v => v).ToList();
        if (left.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        var types = left.Concat(extra).Select(r => r.Type.ToString()).Distinct().Order(StringComparer.Ordinal);
        var sample = left.Take(2).Select(r => "missing " + r).Concat(extra.Take(2).Select(r => "unexpected " + r));
        return $"{left.Count} missing, {extra.Count} unexpected, in types {string.Join(",", types)}; e.g. {string.Join(" | ", sample)}";
    }

    /// <summary>
    /// dnspython's SVCB vectors: RDATA only, one per entry (an entry may span parentheses). Each text-form RDATA must
    /// equal the generic-form one at the same position.
    /// </summary>
    private static string? CompareSvcbVectors(string directory)
    {
        var text = ParseVectors(Path.Combine(directory, "svcb_test_vectors.text"));
        var generic = ParseVectors(Path.Combine(directory, "svcb_test_vectors.generic"));
        foreach (var result in new[] { text, generic })
        {
            if (Errors(result).Count > 0)
            {
                return Describe(result);
            }
        }

        if (text.Zone.Records.Count != generic.Zone.Records.Count || text.Zone.Records.Count == 0)
        {
            return $"{text.Zone.Records.Count} text vectors, {generic.Zone.Records.Count} generic ones";
        }

        for (int i = 0; i < text.Zone.Records.Count; i++)
        {
            if (!text.Zone.Records[i].Data.Equals(generic.Zone.Records[i].Data))
            {
                return $"vector {i + 1}: '{text.Zone.Records[i].Data}' differs from '{generic.Zone.Records[i].Data}'";
            }
        }

        return null;
    }

    /// <summary>Turns an RDATA-per-entry file into a zone: each entry becomes <c>vN 3600 IN SVCB rdata</c>.</summary>
    private static ParseResult ParseVectors(string path)
    {
        var sb = new StringBuilder("$ORIGIN example.\n");
        int depth = 0, n = 0;
        foreach (string raw in File.ReadLines(path))
        {
            string line = StripComment(raw);
            if (depth == 0 && line.Trim().Length > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"v{++n} 3600 IN SVCB ");
            }
            else
            {
                // A continuation inside parentheses, indented so that no reader takes it for a new record.
                sb.Append("  ");
            }

            depth += line.Count(c => c == '(') - line.Count(c => c == ')');
            sb.Append(line.Trim()).Append('\n');
        }

        return ZoneParser.Parse(sb.ToString());
    }

    private static string StripComment(string line)
    {
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                return line[..i];
            }
        }

        return line;
    }
}
