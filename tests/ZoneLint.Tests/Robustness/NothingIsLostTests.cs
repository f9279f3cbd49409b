using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// A zone of N good records with M bad ones interleaved at random gives exactly the N good records and exactly M
/// diagnostics, one per bad record at its place: an error costs its own record and nothing around it. The bad records
/// cover every class the parser reports (ZL0001–ZL0008), several ways each.
/// </summary>
public class NothingIsLostTests
{
    private const string Apex =
        "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ NS ns1\nns1 A 192.0.2.1\n";

    /// <summary>Bad records: <c>{i}</c> is replaced by a number, <c>^</c> marks where the diagnostic must point (and is removed).</summary>
    private static readonly (string Template, string Id)[] BadKinds =
    [
        ("bad{i} A 192.0.2.1 ^extra", "ZL0001"),
        ("bad{i} A 192.0.2.1 ^)", "ZL0001"),
        ("bad{i} A ( ^( 192.0.2.1 )", "ZL0001"),
        ("bad{i} TXT ^\"unterminated", "ZL0001"),
        ("^$BOGUS{i} x", "ZL0001"),
        ("bad{i} 300^", "ZL0001"),
        ("bad{i} ^1x A 192.0.2.1", "ZL0001"),
        ("bad{i} A ^192.0.2.300", "ZL0002"),
        ("bad{i} MX ^x mail", "ZL0002"),
        ("bad{i} MX 10^", "ZL0002"),
        ("bad{i} TXT ^\"" + new string('t', 256) + "\"", "ZL0002"),
        ("bad{i} ^BOGUSTYPE x", "ZL0003"),
        ("bad{i} ^CH A 192.0.2.1", "ZL0003"),
        ("bad{i} TYPE65280 \\# ^3 0000", "ZL0003"),
        ("bad{i} ^AXFR x", "ZL0003"),
        ("^a..bad{i} A 192.0.2.1", "ZL0004"),
        ("^" + new string('x', 64) + "{i} A 192.0.2.1", "ZL0004"),
        ("bad{i} CNAME ^a..b", "ZL0004"),
        ("$INCLUDE ^bad{i}.zone", "ZL0005"),
        ("bad{i} ^4294967295 A 192.0.2.1", "ZL0006"),
        ("^bad{i}.example.net. A 192.0.2.1", "ZL0007"),
        ("$GENERATE ^0-4294967295 g{i}-$ A 192.0.2.1", "ZL0008"),
        ("^$GENERATE 1-2 g{i}-${x} A 192.0.2.1", "ZL0008"),
    ];

    /// <summary>An unclosed '(' reaches to the next ')' anywhere below, so it goes after every bad record holding one.</summary>
    private static readonly (string Template, string Id) Unclosed = ("bad{i} A ^( 192.0.2.1", "ZL0001");

    [TestCase(0, 23)]
    [TestCase(23, 0)]
    [TestCase(50, 24)]
    [TestCase(400, 100)]
    [TestCase(5000, 1000)]
    public void Good_records_all_stay_and_each_bad_one_is_one_diagnostic(int good, int bad)
    {
        var random = new Random((good * 7919) + bad);
        var kinds = Enumerable.Range(0, bad).Select(i => i == bad - 1 && bad > BadKinds.Length ? Unclosed : BadKinds[i % BadKinds.Length]).ToList();
        var slots = Enumerable.Repeat(true, good).Concat(Enumerable.Repeat(false, bad)).OrderBy(_ => random.Next()).ToList();

        var text = new StringBuilder(Apex);
        int line = 6, goodIndex = 0, badIndex = 0;
        var expectedRecords = new List<string>();
        var expectedDiagnostics = new List<(int, int, string)>();
        foreach (bool isGood in slots)
        {
            if (isGood)
            {
                string record = GoodRecord(goodIndex++);
                text.Append(record).Append('\n');
                expectedRecords.Add(record.Split(' ')[0]);
            }
            else
            {
                var (template, id) = kinds[badIndex];
                string record = template.Replace("{i}", badIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                badIndex++;
                int column = record.IndexOf('^', StringComparison.Ordinal) + 1;
                text.Append(record.Replace("^", string.Empty, StringComparison.Ordinal)).Append('\n');
                expectedDiagnostics.Add((line, column, id));
            }

            line++;
        }

        var parsed = ZoneParser.Parse(text.ToString(), ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });
        var lint = ZoneLinter.Default.Lint(parsed);

        var owners = parsed.Zone.Records.Skip(3).Select(r => r.Owner.ToString(DomainName.Parse("example.com."))).ToList();
        Assert.That(owners, Is.EqualTo(expectedRecords), "every good record, in order, and nothing else");
        Assert.That(parsed.Zone.Records.Take(3).Select(r => r.Type), Is.EqualTo(new[] { RRType.SOA, RRType.NS, RRType.A }));

        var actual = parsed.Diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.Id)).ToList();
        Assert.That(actual, Is.EqualTo(expectedDiagnostics), string.Join("\n", parsed.Diagnostics.Take(50)));
        Assert.That(lint.Diagnostics.Where(d => d.Id.StartsWith("ZL000", StringComparison.Ordinal)).Select(d => (d.Location.Line, d.Location.Column, d.Id)), Is.EqualTo(expectedDiagnostics));
        if (bad >= BadKinds.Length)
        {
            Assert.That(expectedDiagnostics.Select(d => d.Item3).Distinct().Order(), Is.EqualTo(new[] { "ZL0001", "ZL0002", "ZL0003", "ZL0004", "ZL0005", "ZL0006", "ZL0007", "ZL0008" }));
        }
    }

    private static string GoodRecord(int i) => (i % 5) switch
    {
        0 => $"good{i} A 192.0.2.{(i % 250) + 1}",
        1 => $"good{i} 300 AAAA 2001:db8::{i:x}",
        2 => $"good{i} TXT \"t{i}\" \"more\"",
        3 => $"good{i} MX 10 ns1",
        _ => $"good{i} IN CNAME good{i - 1}",
    };
}
