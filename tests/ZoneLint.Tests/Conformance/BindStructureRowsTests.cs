using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Conformance;

/// <summary>
/// BIND corpus rows (bind-checkzone/EXPECT.tsv) that map onto the delegation, SOA/TTL and record rules: a fail or warn
/// row must raise the mapped rule at the lines BIND complains about, a load row must not raise it. Each file is read
/// from its test directory with the row's origin, and BIND's switch for the check (<c>-n</c>, <c>-k</c>, <c>-l</c>,
/// <c>check-names</c>, <c>check-wildcard</c>, <c>max-zone-ttl</c>) becomes the rule's severity or setting.
/// </summary>
/// <remarks>
/// Not mapped: checkconf/check-names.db and bad-svcb-servername.db (BIND checks an SRV/SVCB target; ZL7002 checks the
/// owners of A, AAAA and MX), good/bad-dns-sd-reverse.db (PTR targets in reverse zones), bad-nsec3owner-padded.db
/// (NSEC3 owner names).
/// </remarks>
public class BindStructureRowsTests
{
    private static readonly Row[] Rows =
    [
        new("checkzone", "zones/bad-ds.db", "example", "ZL5006", [4], Expect: DiagnosticSeverity.Error, Note: "fail: DS record at top of zone"),
        new("checkzone", "zones/bad-ds-2.db", "example", "ZL5006", [4], Expect: DiagnosticSeverity.Error, Note: "fail: DS not at delegation point"),
        new("zonechecks", "a.db", ".", "ZL5005", [2], Severity: RuleSeverity.Error, Expect: DiagnosticSeverity.Error, Note: "fail with -n fail"),
        new("zonechecks", "a.db", ".", "ZL5005", [2], Expect: DiagnosticSeverity.Warning, Note: "warn by default"),
        new("zonechecks", "a.db", ".", "ZL5005", [], Severity: RuleSeverity.None, Note: "load with -n ignore"),
        new("zonechecks", "aaaa.db", ".", "ZL5005", [2], Severity: RuleSeverity.Error, Expect: DiagnosticSeverity.Error, Note: "fail with -n fail"),
        new("zonechecks", "aaaa.db", ".", "ZL5005", [2], Expect: DiagnosticSeverity.Warning, Note: "warn by default"),
        new("zonechecks", "aaaa.db", ".", "ZL5005", [], Severity: RuleSeverity.None, Note: "load with -n ignore"),
        new("zonechecks", "noaddress.db", ".", "ZL5003", [2], Expect: DiagnosticSeverity.Error, Note: "fail: has no address records"),
        new("zonechecks", "nxdomain.db", ".", "ZL5003", [2], Expect: DiagnosticSeverity.Error, Note: "fail: NS target has no records"),
        new("checkconf", "check-wildcard.db", "check-wildcard", "ZL7005", [12], Note: "warn with check-wildcard yes"),
        new("checkconf", "check-wildcard.db", "check-wildcard", "ZL7005", [], Severity: RuleSeverity.None, Note: "load with check-wildcard no"),
        new("checkconf", "maxttl-bad.db", "maxttl1.example", "ZL6102", [14], Setting: ("max_ttl", "600"), Note: "fail: TTL 900 exceeds max-zone-ttl 600"),
        new("checkzone", "zones/good1.db", "example", "ZL6102", [2, 3, 4, 6, 7, 8], Setting: ("max_ttl", "300"), Note: "fail with -l 300"),
        new("checkzone", "zones/good1.db", "example", "ZL6102", [], Setting: ("max_ttl", "600"), Note: "load with -l 600"),
        new("checkzone", "zones/good1.db", "example", "ZL6102", [], Note: "load with the default maximum"),
        new("checknames/ns1", "fail.example.db", "fail.example", "ZL7002", [6], Severity: RuleSeverity.Error, Expect: DiagnosticSeverity.Error, Note: "fail with check-names fail"),
        new("checknames/ns1", "warn.example.db", "warn.example", "ZL7002", [6], Severity: RuleSeverity.Warning, Expect: DiagnosticSeverity.Warning, Note: "warn with check-names warn"),
        new("checknames/ns1", "ignore.example.db", "ignore.example", "ZL7002", [], Severity: RuleSeverity.None, Note: "load with check-names ignore"),
        new("checkzone", "zones/good-gc-msdcs.db", "example", "ZL7002", [], Severity: RuleSeverity.Error, Note: "load with -k fail: gc._msdcs is accepted"),
        new("checkzone", "zones/good-spf-exception.db", "example", "ZL7002", [], Severity: RuleSeverity.Error, Note: "load with -k fail: _spf names are accepted"),
        new("checkzone", "zones/good-occulted-ns-by-dname.db", "example", "ZL5003", [], Note: "load: the delegation is below the apex DNAME"),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Rows.Select(r => new TestCaseData(r).SetName($"{r.Directory}/{r.File} {r.Rule} ({r.Note})"));

    [TestCaseSource(nameof(Cases))]
    public void Row_raises_the_mapped_rule_where_bind_does(Row row)
    {
        var result = Lint(row, out _);
        var found = result.Diagnostics.Where(d => d.Id == row.Rule && !d.IsSuppressed).ToList();
        string all = string.Join("\n", result.Diagnostics.Select(d => "  " + d));
        Assert.That(found.Select(d => d.Location.Line).Order(), Is.EqualTo(row.Lines), $"{row.Rule} findings:\n{all}");
        if (row.Expect is { } severity)
        {
            Assert.That(found.Select(d => d.Severity), Is.All.EqualTo(severity));
        }
    }

    [Test]
    public void Ignore_row_differs_from_the_default_only_by_configuration()
    {
        var row = new Row("checknames/ns1", "ignore.example.db", "ignore.example", "ZL7002", [6], Note: "default check-names");
        Row_raises_the_mapped_rule_where_bind_does(row);
    }

    [Test]
    public void Check_dup_records_fail_row_raises_ZL7001()
    {
        var row = new Row("checkconf", "check-dup-records.db", "check-dup-records", "ZL7001", [20], Note: "fail: has semantically identical records");
        Lint(row, out var zone);

        // The copies differ only in the case of the rendezvous server name inside the HIP RDATA (rvs / RVS), which
        // names compare without (RFC 4343); the key and HIT are the same octets.
        var hip = zone.Get(DomainName.Parse("duplicate.check-dup-records."), RRType.HIP);
        Assert.That(hip.Length, Is.EqualTo(2));
        var first = (HipData)hip[0].Data;
        var second = (HipData)hip[1].Data;
        Assert.That(first.RendezvousServers.Single().ToString(), Is.Not.EqualTo(second.RendezvousServers.Single().ToString()));
        Assert.That(first, Is.EqualTo(second));

        Row_raises_the_mapped_rule_where_bind_does(row);
    }

    private static LintResult Lint(Row row, out Zone zone)
    {
        string directory = Path.Combine(Repository.Corpus, "bind-checkzone", row.Directory);
        var parsed = ZoneParser.ParseFile(
            Path.Combine(directory, row.File),
            ZoneParseOptions.Default with { Origin = DomainName.Parse(row.Origin, DomainName.Root), IncludeRoot = directory, IncludeBaseDirectory = directory });
        Assert.That(parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty, "the file must load");
        zone = parsed.Zone;

        var options = LintOptions.Default;
        if (row.Severity is { } severity)
        {
            options = options with { RuleSeverities = options.RuleSeverities.SetItem(row.Rule, severity) };
        }

        if (row.Setting is var (key, value))
        {
            options = options with { RuleSettings = options.RuleSettings.SetItem(row.Rule + "." + key, value) };
        }

        return ZoneLinter.Default.Lint(parsed, options);
    }

    public sealed record Row(
        string Directory,
        string File,
        string Origin,
        string Rule,
        int[] Lines,
        RuleSeverity? Severity = null,
        DiagnosticSeverity? Expect = null,
        (string Key, string Value)? Setting = null,
        string Note = "")
    {
        public override string ToString() => $"{Directory}/{File} {Rule}";
    }
}
