using System.Text;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>
/// SVCB and HTTPS against the conformance corpus: NSD's svcb tests, dnspython's RFC 9460 Appendix D vectors, and BIND's
/// checkzone zones (the rows whose verdict rests on the RDATA; the <c>_dns</c> ones are policy, see below).
/// </summary>
public class SvcbCorpusTests
{
    private static string Nsd(string file) => Path.Combine(Repository.Corpus, "other", "nsd", "svcb", file);

    private static string BindZone(string file) => Path.Combine(Repository.Corpus, "bind-checkzone", "checkzone", "zones", file);

    private static ParseResult ParseFile(string path, string origin) =>
        ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Parse(origin) });

    private static bool IsServiceBinding(RRType type) => type == RRType.SVCB || type == RRType.HTTPS;

    [Test]
    public void Nsd_failure_case_is_rejected([Range(1, 32)] int number)
    {
        string path = Nsd($"svcb.failure-cases-{number:00}");
        var result = ParseFile(path, "failure-cases.");

        // Every SVCB or HTTPS record in the file is a failure case; each must be refused with its own ZL0002.
        int cases = File.ReadAllLines(path)
            .Select(line => line.Split(';')[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Count(tokens => tokens.Any(t => t is "SVCB" or "HTTPS"));
        Assert.That(cases, Is.GreaterThan(0));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(Enumerable.Repeat("ZL0002", cases)), DnssecSvcbAssert.Describe(result));
        Assert.That(result.Zone.Records.Where(r => IsServiceBinding(r.Type)), Is.Empty);
        Assert.That(result.Zone.Records.Count(r => r.Type == RRType.SOA), Is.EqualTo(1), "the rest of the zone still loads");
    }

    [Test]
    public void Nsd_success_cases_load_and_print_as_nsd_does()
    {
        var result = ParseFile(Nsd("svcb.success-cases.zone"), "success-cases.");
        Assert.That(result.Diagnostics, Is.Empty, DnssecSvcbAssert.Describe(result));

        // svcb.success-cases.zone.cmp is NSD's printed zone: owner, TTL, class, type and RDATA separated by tabs.
        var expected = new Dictionary<string, string>();
        foreach (var line in File.ReadAllLines(Nsd("svcb.success-cases.zone.cmp")))
        {
            var fields = line.Split('\t');
            if (fields.Length == 5 && (fields[3] == "SVCB" || fields[3] == "HTTPS"))
            {
                expected[fields[0] + ".success-cases. " + fields[3]] = fields[4];
            }
        }

        var actual = result.Zone.Records.Where(r => IsServiceBinding(r.Type))
            .ToDictionary(r => $"{r.Owner} {r.Type}", r => r.Data.ToString());
        Assert.That(actual, Is.EquivalentTo(expected));
        Assert.That(expected, Has.Count.EqualTo(6));
    }

    [Test]
    public void Nsd_printed_success_zone_reads_back_equal()
    {
        var source = ParseFile(Nsd("svcb.success-cases.zone"), "success-cases.");
        var printed = ParseFile(Nsd("svcb.success-cases.zone.cmp"), ".");
        Assert.That(printed.Diagnostics, Is.Empty, DnssecSvcbAssert.Describe(printed));
        Assert.That(printed.Zone.Records.Where(r => IsServiceBinding(r.Type)), Is.EquivalentTo(source.Zone.Records.Where(r => IsServiceBinding(r.Type))));
    }

    [Test]
    public void Nsd_test_vectors_in_text_equal_their_wire_form()
    {
        var text = ParseFile(Nsd("svcb.test-vectors-pf.zone"), "test-vectors.");
        var wire = ParseFile(Nsd("svcb.test-vectors-wf.zone"), "test-vectors.");
        Assert.That(text.Diagnostics, Is.Empty, DnssecSvcbAssert.Describe(text));
        Assert.That(wire.Diagnostics, Is.Empty, DnssecSvcbAssert.Describe(wire));
        var fromText = text.Zone.Records.Where(r => IsServiceBinding(r.Type)).ToList();
        var fromWire = wire.Zone.Records.Where(r => IsServiceBinding(r.Type)).ToList();
        Assert.That(fromText, Has.Count.EqualTo(32));
        Assert.That(fromWire.Select(r => r.Owner), Is.EqualTo(fromText.Select(r => r.Owner)));
        for (int i = 0; i < fromText.Count; i++)
        {
            Assert.That(fromWire[i].Data.GetType(), Is.EqualTo(fromText[i].Data.GetType()), fromText[i].ToString());
            Assert.That(fromWire[i].Data, Is.EqualTo(fromText[i].Data), fromText[i].ToString());
            Assert.That(fromWire[i].Data.ToString(), Is.EqualTo(fromText[i].Data.ToString()));
        }
    }

    [Test]
    public void Nsd_test_vectors_print_and_read_back()
    {
        var text = ParseFile(Nsd("svcb.test-vectors-pf.zone"), "test-vectors.");
        foreach (var record in text.Zone.Records.Where(r => IsServiceBinding(r.Type)))
        {
            DnssecSvcbAssert.RoundTrip(record.Type.ToString(), record.Data.ToString());
        }
    }

    [Test]
    public void Dnspython_text_vectors_equal_the_generic_vectors()
    {
        string dir = Path.Combine(Repository.Corpus, "other", "dnspython");
        var texts = SplitRdata(File.ReadAllText(Path.Combine(dir, "svcb_test_vectors.text")));
        var generics = SplitRdata(File.ReadAllText(Path.Combine(dir, "svcb_test_vectors.generic")));
        Assert.That(texts, Has.Count.EqualTo(10));
        Assert.That(generics, Has.Count.EqualTo(texts.Count));
        for (int i = 0; i < texts.Count; i++)
        {
            var fromText = DnssecSvcbAssert.Single<SvcbData>($"v SVCB {texts[i]}\n");
            var fromWire = DnssecSvcbAssert.Single<SvcbData>($"v SVCB {generics[i]}\n");
            Assert.That(fromText, Is.EqualTo(fromWire), texts[i]);
            Assert.That(fromText.ToWire(), Is.EqualTo(fromWire.ToWire()), texts[i]);
        }
    }

    [Test]
    public void Bind_good_svcb_loads()
    {
        var result = ParseFile(BindZone("good-svcb.db"), "example.");
        Assert.That(result.Diagnostics, Is.Empty, DnssecSvcbAssert.Describe(result));
        Assert.That(result.Zone.Records.Count(r => r.Type == RRType.SVCB), Is.EqualTo(11));
        var svcb8 = result.Zone.Records.Single(r => r.Owner.ToString() == "svcb8.example.").Data as SvcbData;
        Assert.That(svcb8!.AlpnIds, Is.EqualTo(new[] { "h1,h2", "h3" }));
    }

    // EXPECT.tsv: BIND fails each with a syntax error at line 6 (the SVCB record).
    [TestCase("bad-svcb.db", "'unknown' is not a SvcParamKey")]
    [TestCase("bad-svcb-alpn1.db", "empty item")]
    [TestCase("bad-svcb-alpn2.db", "empty item")]
    [TestCase("bad-svcb-alpn3.db", "empty item")]
    [TestCase("bad-svcb-alpn4.db", "empty item")]
    [TestCase("bad-svcb-alpn5.db", "empty item")]
    [TestCase("bad-svcb-alpn6.db", "empty item")]
    [TestCase("bad-svcb-mandatory.db", "no alpn parameter")]
    public void Bind_bad_svcb_is_rejected_at_the_record(string file, string message)
    {
        var result = ParseFile(BindZone(file), "db.");
        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Location.Line)), Is.EqualTo(new[] { ("ZL0002", 6) }), DnssecSvcbAssert.Describe(result));
        Assert.That(result.Diagnostics[0].Message, Does.Contain(message));
    }

    // BIND fails these for policy, not syntax: its _dns checks (RFC 9461 wants alpn, and a dohpath only with an
    // HTTP alpn) and check-names on the target. The RDATA is valid, so a lint rule must report them, not the parser.
    [TestCase("bad-_dns-svcb1.db")]
    [TestCase("bad-_dns-svcb2.db")]
    [TestCase("bad-_dns-svcb3.db")]
    [TestCase("bad-_dns-svcb4.db")]
    [TestCase("bad-_dns-svcb5.db")]
    [TestCase("bad-_dns-svcb6.db")]
    [TestCase("bad-svcb-servername.db")]
    public void Bind_policy_failures_parse_cleanly(string file)
    {
        var result = ParseFile(BindZone(file), "example.");
        Assert.That(result.Diagnostics, Is.Empty, DnssecSvcbAssert.Describe(result));
        Assert.That(result.Zone.Records.Count(r => r.Type == RRType.SVCB), Is.EqualTo(1));
    }

    /// <summary>Splits RDATA-only text into entries: comments dropped, parentheses joining lines, quotes respected.</summary>
    private static List<string> SplitRdata(string text)
    {
        var entries = new List<string>();
        var current = new StringBuilder();
        int depth = 0;
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                current.Append(c).Append(text[++i]);
                continue;
            }

            if (quoted)
            {
                quoted = c != '"';
                current.Append(c);
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    current.Append(c);
                    break;
                case ';':
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '(':
                    depth++;
                    current.Append(c);
                    break;
                case ')':
                    depth--;
                    current.Append(c);
                    break;
                case '\n' when depth == 0:
                    if (current.ToString().Trim().Length > 0)
                    {
                        entries.Add(current.ToString().Trim());
                    }

                    current.Clear();
                    break;
                default:
                    current.Append(c == '\n' ? ' ' : c);
                    break;
            }
        }

        if (current.ToString().Trim().Length > 0)
        {
            entries.Add(current.ToString().Trim());
        }

        return entries;
    }
}
