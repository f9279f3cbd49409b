using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Fuzz;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Tests.Dnssec;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// Input written to hurt: each case has its expected diagnostics (ID and location), and a bound on time and on memory.
/// Memory is measured on a process: the large cases run the built CLI in a child process and bound its peak resident
/// set (and its GC heap, as a hard limit); the small ones bound what the parse and lint allocate in this process.
/// </summary>
[NonParallelizable]
public class HostileInputTests
{
    private const string Preamble =
        "$ORIGIN example.com.\n" +
        "$TTL 3600\n" +
        "@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\n" +
        "@ NS ns1\n" +
        "ns1 A 192.0.2.1\n";

    /// <summary>The line hostile content starts on, after <see cref="Preamble"/>.</summary>
    private const int Line = 6;

    private const string After = "after A 192.0.2.9\n";

    private static readonly ZoneParseOptions Options = ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") };

    private string directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("zonelint-hostile-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    [Category("Heavy")]
    public void A_100_MB_line_is_one_error_and_reading_goes_on()
    {
        string path = Path.Combine(directory, "example.com.zone");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.ASCII.GetBytes(Preamble + "big TXT "));
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (int i = 0; i < 100; i++)
            {
                file.Write(chunk);
            }

            file.Write(Encoding.ASCII.GetBytes("\n" + After));
        }

        // The file is 100 MB and read whole: what matters is that nothing is made per byte of the long line.
        var run = RunCli(path, maxMegabytes: 300);
        AssertDiagnostics(run, ("ZL0001", Line, 1, "line is longer than the limit of 1048576 bytes"));
        Assert.That(run.Records(), Is.EqualTo(4), run.ToString());
    }

    [Test]
    public void A_million_opening_parentheses_on_one_line()
    {
        string path = Write("x A " + new string('(', 1_000_000) + "\n" + After);
        var run = RunCli(path, maxMegabytes: 150);
        // The first '(' is never closed, which says more than the nesting of the second one.
        AssertDiagnostics(run, ("ZL0001", Line, 5, "'(' is never closed"));
        Assert.That(run.Records(), Is.EqualTo(4), run.ToString());
    }

    [Test]
    public void A_million_closing_parentheses_on_one_line()
    {
        string path = Write("x A 192.0.2.1 " + new string(')', 1_000_000) + "\n" + After);
        var run = RunCli(path, maxMegabytes: 150);
        AssertDiagnostics(run, ("ZL0001", Line, 15, "')' without a matching '('"));
        Assert.That(run.Records(), Is.EqualTo(4), run.ToString());
    }

    [Test]
    [Category("Heavy")]
    public void A_million_lines_each_opening_a_parenthesis_take_linear_time()
    {
        // Each unclosed '(' used to send the tokenizer to the end of the file again: quadratic, hours for this input.
        const int Lines = 1_000_000;
        var text = new StringBuilder(Preamble).Append("x A 192.0.2.1 (\n");
        for (int i = 0; i < Lines; i++)
        {
            text.Append(" (\n");
        }

        var (parsed, result) = ParseBounded(Encoding.ASCII.GetBytes(text.ToString()), TimeSpan.FromSeconds(60), maxAllocatedMegabytes: 600);
        var errors = result.Diagnostics.Where(d => IsReading(d.Id)).ToList();
        Assert.That(errors, Has.Count.EqualTo(Lines + 1));
        Assert.That(errors.All(d => d.Id == "ZL0001"));
        Assert.That(Describe(errors[0]), Is.EqualTo($"({Line},15) ZL0001 '(' is never closed: a ')' was expected before the end of the file"));
        Assert.That(Describe(errors[^1]), Is.EqualTo($"({Line + Lines},2) ZL0001 '(' is never closed: a ')' was expected before the end of the file"));
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(3));
    }

    [Test]
    public void Generate_over_the_32_bit_range_is_refused_at_once()
    {
        var (parsed, result) = ParseBounded(Preamble + "$GENERATE 0-4294967295 h$ A 192.0.2.1\n" + After);
        AssertDiagnostics(result, ("ZL0008", Line, 11, "invalid range '0-4294967295'"));
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(4));
    }

    [Test]
    public void Generate_over_the_record_limit_is_refused_at_once()
    {
        var (parsed, result) = ParseBounded(Preamble + "$GENERATE 0-2147483647 h$ A 192.0.2.1\n" + After);
        AssertDiagnostics(result, ("ZL0008", Line, 11, "would make 2147483648 records, over the limit of 1048576"));
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(4));
    }

    [TestCase(999, 1003, null)]
    [TestCase(1000, 3, "would make 1001 records, over the limit of 1000")]
    public void Generate_honours_a_lowered_limit(int stop, int records, string? error)
    {
        var options = Options with { MaxGenerateCount = 1000 };
        var (parsed, result) = ParseBounded(Preamble + $"$GENERATE 0-{stop} h$ A 192.0.2.1\n", options: options);
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(records));
        if (error is null)
        {
            Assert.That(result.Diagnostics.Where(d => IsReading(d.Id)), Is.Empty);
        }
        else
        {
            AssertDiagnostics(result, ("ZL0008", Line, 11, error));
        }
    }

    [Test]
    public void Generate_limit_bounds_all_the_zones_directives_together()
    {
        // A 472-byte file of ten directives made 10 million records (2.1 GiB) when the limit was per directive.
        var options = Options with { MaxGenerateCount = 1000 };
        var (parsed, result) = ParseBounded(
            Preamble + "$GENERATE 1-600 a$ A 192.0.2.1\n$GENERATE 1-600 b$ A 192.0.2.1\n$GENERATE 1-400 c$ A 192.0.2.1\n" + After,
            options: options);
        AssertDiagnostics(result, ("ZL0008", Line + 1, 11, "range '1-600' would make 600 records with the 600 the zone's $GENERATE directives made before it, over the limit of 1000"));
        Assert.That(parsed.Zone.Records.Count(r => System.Text.RegularExpressions.Regex.IsMatch(r.Owner.ToString(), "^a[0-9]+[.]")), Is.EqualTo(600));
        Assert.That(parsed.Zone.Records.Count(r => System.Text.RegularExpressions.Regex.IsMatch(r.Owner.ToString(), "^b[0-9]+[.]")), Is.Zero);
        Assert.That(parsed.Zone.Records.Count(r => System.Text.RegularExpressions.Regex.IsMatch(r.Owner.ToString(), "^c[0-9]+[.]")), Is.EqualTo(400));
    }

    [Test]
    [Category("Heavy")]
    public void A_CNAME_loop_of_100000_names_is_read_in_bounded_time_and_memory()
    {
        // Rules about CNAME chains belong to another change; this bounds the cost and checks nothing is lost or crashes.
        const int Names = 100_000;
        var text = new StringBuilder(Preamble);
        for (int i = 0; i < Names; i++)
        {
            text.Append("c").Append(i).Append(" CNAME c").Append((i + 1) % Names).Append('\n');
        }

        var run = RunCli(Write(text.ToString(), withPreamble: false), maxMegabytes: 250);
        Assert.That(run.Records(), Is.EqualTo(Names + 3), run.ToString());
        Assert.That(run.Diagnostics().Where(d => d.Id.StartsWith("ZL0", StringComparison.Ordinal)), Is.Empty, "no parser or engine diagnostic (a rule that throws is ZL0090)");
    }

    [Test]
    public void A_name_of_127_labels_is_the_longest_accepted()
    {
        string Labels(int n) => string.Concat(Enumerable.Repeat("a.", n));
        string text =
            "$ORIGIN x.\n$TTL 3600\n@ SOA ns hostmaster 1 7200 3600 1209600 3600\n@ NS ns\nns A 192.0.2.1\n" +
            Labels(126) + "x. A 192.0.2.2\n" + // 127 labels, 255 octets
            Labels(127) + "x. A 192.0.2.3\n" + // 128 labels, 257 octets
            Labels(125) + "a A 192.0.2.4\n"; // relative: 126 labels and the origin's one
        var (parsed, result) = ParseBounded(text, options: ZoneParseOptions.Default);
        AssertDiagnostics(result, ("ZL0004", 7, 1, "is longer than 255 octets in wire form"));
        var longest = parsed.Zone.Records.Where(r => r.Owner.LabelCount == 127).ToList();
        Assert.That(longest.Select(r => r.Location.Line), Is.EqualTo(new[] { 6, 8 }));
        Assert.That(longest.Select(r => r.Owner.WireLength), Is.All.EqualTo(255));
    }

    [Test]
    public void A_TXT_of_10000_strings_is_read_and_one_over_65535_octets_is_an_error()
    {
        string small = "t TXT " + string.Join(' ', Enumerable.Repeat("\"a\"", 10_000)) + "\n";
        string large = "u TXT " + string.Join(' ', Enumerable.Repeat("\"abcdefghij\"", 10_000)) + "\n";
        var (parsed, result) = ParseBounded(Preamble + small + large + After);
        AssertDiagnostics(result, ("ZL0002", Line + 1, 7, "TXT RDATA is 110000 octets in wire form, over 65512"));
        var txt = parsed.Zone.Records.Single(r => r.Type == RRType.TXT);
        Assert.That(((TxtData)txt.Data).Strings, Has.Length.EqualTo(10_000));
        Assert.That(txt.Data.ToWire(), Has.Length.EqualTo(20_000));
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(5));
    }

    [Test]
    public void Invalid_UTF_8_is_read_as_octets_and_counted_as_characters_by_lead_bytes()
    {
        byte[] text =
        [
            .. Encoding.ASCII.GetBytes(Preamble),
            0xFF, 0xFE, .. " A 192.0.2.2\n"u8, // line 6: owner of two octets no decoder accepts
            0xE2, 0x82, .. " A 192.0.2.300\n"u8, // line 7: truncated sequence; the bad address is the 5th character
            .. "t TXT \""u8, 0xC0, 0xAF, 0x80, .. "\" ; "u8, 0xED, 0xA0, 0x80, .. "\n"u8, // line 8: overlong form; a surrogate in a comment
            .. "; zonelint "u8, 0xF8, 0x88, .. "\n"u8, // line 9: a pragma whose verb is not UTF-8
            .. Encoding.ASCII.GetBytes(After),
        ];
        var (parsed, result) = ParseBounded(text);
        var owners = parsed.Zone.Records.Select(r => r.Owner.ToString()).ToList();
        Assert.That(owners, Does.Contain("\\255\\254.example.com."));
        var txt = parsed.Zone.Records.Single(r => r.Type == RRType.TXT);
        Assert.That(((TxtData)txt.Data).Strings[0].ToArray(), Is.EqualTo(new byte[] { 0xC0, 0xAF, 0x80 }));
        AssertDiagnostics(result, ("ZL0002", 7, 5, "192.0.2.300"), ("ZL0090", 9, 3, "unknown pragma verb"));
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(6));
    }

    [Test]
    public void NUL_bytes_are_octets_of_names_and_strings_but_never_of_a_path()
    {
        byte[] text =
        [
            .. Encoding.ASCII.GetBytes(Preamble),
            .. "a\0b A 192.0.2.2\n"u8, // line 6: a label with a NUL octet
            .. "t TXT \"x\0y\"\n"u8, // line 7
            .. "n \0 192.0.2.3\n"u8, // line 8: NUL where the type goes
            .. "$INCLUDE in\0c.zone\n"u8, // line 9: a path cut short by NUL would name another file
            .. "$INCLUDE in\\000c.zone\n"u8, // line 10: the same, escaped
            0, 0, 0, .. "\n"u8, // line 11: a NUL owner and nothing else
            .. Encoding.ASCII.GetBytes(After),
        ];
        var options = Options with { IncludeRoot = directory };
        var (parsed, result) = ParseBounded(text, options: options);
        Assert.That(result.Diagnostics.Where(d => IsReading(d.Id)).Select(Describe), Is.EqualTo(new[]
        {
            "(8,3) ZL0003 unknown type '\\000': expected a type mnemonic such as A, MX or TXT, or TYPEnnn (RFC 3597)",
            "(9,10) ZL0005 $INCLUDE file name contains a NUL character",
            "(10,10) ZL0005 $INCLUDE file name contains a NUL character",
            "(11,4) ZL0001 record ends early: a type (such as A, MX or TXT) was expected",
        }));
        Assert.That(parsed.Zone.Records.Select(r => r.Owner.ToString()), Does.Contain("a\\000b.example.com."));
        var txt = parsed.Zone.Records.Single(r => r.Type == RRType.TXT);
        Assert.That(((TxtData)txt.Data).Strings[0].ToArray(), Is.EqualTo("x\0y"u8.ToArray()));
    }

    [Test]
    public void Names_crafted_to_collide_under_a_fixed_hash_cost_no_more_than_others()
    {
        // 2^15 names with one FNV-1a hash (the hash names used to have), built as a Joux multicollision: 15 blocks, each
        // a pair of 5-letter strings that collide from the state before them, in two labels (12 blocks, then 3); the
        // length octets before each label, and the origin after, are the same for every name. Under that hash this zone
        // took minutes to read.
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        static uint Step(uint h, char c) => (h ^ c) * 16777619;
        var random = new Random(15);
        uint state = 2166136261;
        var labels = new List<List<(string, string)>>();
        foreach (int blocks in new[] { 12, 3 })
        {
            state = Step(state, (char)(blocks * 5));
            var pairs = new List<(string, string)>();
            while (pairs.Count < blocks)
            {
                var seen = new Dictionary<uint, string>();
                while (true)
                {
                    string block = string.Concat(Enumerable.Range(0, 5).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
                    uint h = block.Aggregate(state, Step);
                    if (seen.TryGetValue(h, out string? other) && other != block)
                    {
                        pairs.Add((other, block));
                        state = h;
                        break;
                    }

                    seen[h] = block;
                }
            }

            labels.Add(pairs);
        }

        static List<string> Expand(List<(string, string)> pairs) =>
            pairs.Aggregate(new List<string> { string.Empty }, (prefixes, pair) => [.. prefixes.SelectMany(p => new[] { p + pair.Item1, p + pair.Item2 })]);
        var names = Expand(labels[0]).SelectMany(first => Expand(labels[1]).Select(second => first + "." + second)).ToList();
        var text = new StringBuilder(Preamble);
        foreach (string name in names)
        {
            text.Append(name).Append(" A 192.0.2.7\n");
        }

        var (parsed, _) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(20), maxAllocatedMegabytes: 200);
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(names.Count + 3));
    }

    [Test]
    public void Many_spellings_of_one_name_cost_no_more_than_many_names()
    {
        // Every spelling of a 16-letter owner (65,536, 2 MB). The table of spellings hashed them without case and compared
        // them with it, so all fell in one bucket: 200,000 spellings of an 18-letter owner took more than five minutes.
        const string Letters = "abcdefghijklmnop";
        var text = new StringBuilder(Preamble);
        for (int i = 0; i < 1 << Letters.Length; i++)
        {
            text.Append(string.Concat(Letters.Select((c, k) => ((i >> k) & 1) != 0 ? char.ToUpperInvariant(c) : c)));
            text.Append(" A 192.0.2.7\n");
        }

        var (parsed, _) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(20), maxAllocatedMegabytes: 200);
        var owners = parsed.Zone.Records.Where(r => r.Type == RRType.A && r.Owner.GetLabel(0).Length == Letters.Length).Select(r => r.Owner).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(owners, Has.Count.EqualTo(1 << Letters.Length));
            Assert.That(owners.Select(o => o.ToString()).Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(1 << Letters.Length), "each spelling kept");
            Assert.That(parsed.Zone.Get(DomainName.Parse("ABCDEFGHIJKLMNOP.example.com."), RRType.A).Length, Is.EqualTo(1 << Letters.Length), "one node");
        });
    }

    [Test]
    public void Many_pragmas_cost_no_more_than_many_findings()
    {
        // 50,000 copies of one record, each with its own disable-line, then 20,000 disable/restore pairs around copies of
        // another. Every finding looked through every pragma of its file: 200,000 of each took more than two minutes.
        var text = new StringBuilder(Preamble);
        for (int i = 0; i < 50_000; i++)
        {
            text.Append("dup A 192.0.2.7 ; zonelint disable-line ZL7001\n");
        }

        for (int i = 0; i < 20_000; i++)
        {
            text.Append("; zonelint disable ZL7001\npair A 192.0.2.8\n; zonelint restore ZL7001\n");
        }

        text.Append("pair A 192.0.2.8\n");
        var (_, result) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(30), maxAllocatedMegabytes: 400);
        var duplicates = result.Diagnostics.Where(d => d.Id == "ZL7001").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(duplicates, Has.Count.EqualTo(49_999 + 20_000));
            Assert.That(duplicates.Where(d => !d.IsSuppressed).Select(d => d.Location.Line), Is.EqualTo(new[] { Preamble.Count(c => c == '\n') + 50_000 + 60_000 + 1 }), "only the copy after the last restore");
            Assert.That(result.Diagnostics.Where(d => d.Id == "ZL0100").Select(d => d.Location.Line), Is.EqualTo(new[] { Preamble.Count(c => c == '\n') + 1, Preamble.Count(c => c == '\n') + 50_001 }), "the first copy of each is not a duplicate: its pragma suppresses nothing");
        });
    }

    [Test]
    public void A_pragma_of_many_IDs_costs_no_more_than_its_length()
    {
        // One disable naming ZL7001 among 10,000 IDs, before 200,000 copies of one record: each copy's finding was looked
        // up among the IDs one by one (24 s).
        string ids = string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"ZL9{i:D4}"));
        var text = new StringBuilder(Preamble).Append(CultureInfo.InvariantCulture, $"; zonelint disable {ids} ZL7001\n");
        text.Insert(text.Length, "dup A 192.0.2.7\n", 200_000);
        var (_, result) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(10), maxAllocatedMegabytes: 800);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Count(d => d.Id == "ZL7001" && d.IsSuppressed), Is.EqualTo(199_999));
            Assert.That(result.Diagnostics.Count(d => d.Id == "ZL7001" && !d.IsSuppressed), Is.Zero);
            Assert.That(result.Diagnostics.Count(d => d.Id == "ZL0100"), Is.EqualTo(10_000), "each made-up ID named once");
        });
    }

    [Test]
    public void Long_SvcParam_lists_cost_no_more_than_their_length()
    {
        // Each list below was checked for repeats, or for the keys mandatory names, by a scan per item: 100 records of
        // 30,000 tls-supported-groups took more than two minutes, and 100 of 8,000 oots transports 38 s.
        string Range(int count, Func<int, string> item) => string.Join(",", Enumerable.Range(1, count).Select(item));
        var text = new StringBuilder(Preamble);
        for (int r = 0; r < 20; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"_g{r} SVCB 1 t.example.net. tls-supported-groups={Range(30_000, i => i.ToString(CultureInfo.InvariantCulture))}\n");
            text.Append(CultureInfo.InvariantCulture, $"_o{r} SVCB 1 t.example.net. oots={Range(8_000, i => $"t{i}:1")}\n");
            text.Append(CultureInfo.InvariantCulture, $"_m{r} SVCB 1 t.example.net. mandatory={Range(5_000, i => $"key{1000 + i}")} {string.Join(" ", Enumerable.Range(1, 5_000).Select(i => $"key{1000 + i}"))}\n");
        }

        text.Append("_bad SVCB 1 t.example.net. tls-supported-groups=" + Range(20_000, i => (i % 19_999).ToString(CultureInfo.InvariantCulture)) + "\n");
        var (parsed, result) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(30), maxAllocatedMegabytes: 1_500);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Zone.Records.Count(r => r.Type == RRType.SVCB), Is.EqualTo(60));
            Assert.That(parsed.Zone.Records.Where(r => r.Data is SvcbData { MandatoryKeys.Length: 5_000 }).Count(), Is.EqualTo(20));
            Assert.That(result.Diagnostics.Where(d => d.Id == "ZL0002").Select(d => d.Message), Is.EqualTo(new[]
            {
                "tls-supported-groups lists group 1 twice; a list with duplicates is invalid",
            }));
        });
    }

    [Test]
    public void Tag_lists_and_SPF_terms_by_the_thousand_cost_no_more_than_their_length()
    {
        // DMARC tags were checked for repeats by a scan of the tags before them, and each finding's column was summed
        // octet by octet from the record's start: 200 records of 6,000 unknown tags or modifiers took more than 120 s and
        // 111 s. Every finding must still point at its tag's or modifier's name.
        static string Strings(string text) => string.Join(" ", text.Chunk(255).Select(c => "\"" + new string(c) + "\""));
        var text = new StringBuilder(Preamble);
        for (int r = 0; r < 20; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"_dmarc.d{r} TXT {Strings("v=DMARC1; p=reject; " + string.Join("; ", Enumerable.Range(0, 6_000).Select(i => $"x{i}=y")))}\n");
            text.Append(CultureInfo.InvariantCulture, $"s{r} TXT {Strings("v=spf1 " + string.Join(" ", Enumerable.Range(0, 6_000).Select(i => $"x{i}=y")) + " -all")}\n");
        }

        string zone = text.ToString();
        var (_, result) = ParseBounded(zone, TimeSpan.FromSeconds(30), maxAllocatedMegabytes: 2_000);
        var lines = zone.Split('\n');
        var dmarc = result.Diagnostics.Where(d => d.Id == "ZL3001").ToList();
        var spf = result.Diagnostics.Where(d => d.Id == "ZL2002").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(dmarc, Has.Count.EqualTo(20 * 6_000));
            Assert.That(spf, Has.Count.EqualTo(20 * 6_000));
            Assert.That(dmarc.Concat(spf).Count(d => lines[d.Location.Line - 1][d.Location.Column - 1] != 'x'), Is.Zero, "each finding at its name");
        });
    }

    [Test]
    public void Many_types_at_one_name_and_their_signatures_cost_no_more_than_many_names()
    {
        // 20,000 types at one name (RFC 3597 lets a zone write any), each signed. Each type looked up by a scan of the
        // name's records, and each signature grouped and each type's cover found by a scan of its signatures: 60,000
        // types took more than five minutes.
        const int Types = 20_000;
        var key = TestKey.Create(13);
        var text = new StringBuilder(Preamble).Append("@ DNSKEY 256 3 13 ").Append(Convert.ToBase64String(key.Dnskey.PublicKey.ToArray())).Append('\n');
        string signature = Convert.ToBase64String(new byte[64]);
        for (int t = 0; t < Types; t++)
        {
            text.Append(FormattableString.Invariant($"x TYPE{1000 + t} \\# 0\n"));
        }

        for (int t = 0; t < Types; t++)
        {
            text.Append(FormattableString.Invariant($"x RRSIG TYPE{1000 + t} 13 3 3600 20301231000000 20200101000000 {key.KeyTag} example.com. {signature}\n"));
        }

        var (parsed, result) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(20), maxAllocatedMegabytes: 400);
        Assert.That(parsed.Zone.Find(DomainName.Parse("x.example.com."))!.Value.Records.Count, Is.EqualTo(2 * Types));
        Assert.That(result.Diagnostics.Count(d => d.Id == "ZL8102" && d.Message.Contains("at 'x.example.com.' has no valid signature", StringComparison.Ordinal)), Is.EqualTo(Types));
    }

    [Test]
    public void Includes_of_one_large_SPF_record_fetch_it_once()
    {
        // ZL2011 fetched each include's target, its TXT joined and parsed, once per term: a record of 2,000 includes of a
        // record of 2,000 terms allocated 2.2 GB. The one include of a name without a record must still be reported.
        string big = "v=spf1 " + string.Join(" ", Enumerable.Range(0, 2_000).Select(i => FormattableString.Invariant($"ip4:10.0.{i >> 8}.{i & 255}"))) + " -all";
        string includes = "v=spf1 " + string.Concat(Enumerable.Repeat("include:big.example.com ", 2_000)) + "include:none.example.com -all";
        static string Strings(string text) => string.Join(" ", text.Chunk(255).Select(c => "\"" + new string(c) + "\""));
        var (_, result) = ParseBounded(Preamble + $"big TXT {Strings(big)}\ns TXT {Strings(includes)}\n", TimeSpan.FromSeconds(10), maxAllocatedMegabytes: 300);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL2011").Select(d => d.Message), Is.EqualTo(new[]
        {
            "'include:none.example.com' in the SPF record at s.example.com.: none.example.com. does not exist, so receivers return permerror",
        }));
    }

    [Test]
    public void Report_authorization_is_looked_up_once_per_name()
    {
        // ZL3005 joined every TXT record at the authorization name for each report URI: 4 records of 2,000 URIs with
        // 20,000 TXT records at each one's authorization name took 11 s. Each URI must still be reported where it starts.
        var text = new StringBuilder(Preamble).Append("_dmarc.x TXT \"v=DMARC1; p=reject; psd=n\"\n");
        string uris = string.Join(",", Enumerable.Range(0, 2_000).Select(i => FormattableString.Invariant($"mailto:r{i}@x.example.com")));
        for (int y = 0; y < 2; y++)
        {
            text.Append(CultureInfo.InvariantCulture, $"_dmarc.y{y} TXT {string.Join(" ", ("v=DMARC1; p=reject; psd=n; rua=" + uris).Chunk(255).Select(c => "\"" + new string(c) + "\""))}\n");
            for (int i = 0; i < 10_000; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"y{y}.example.com._report._dmarc.x TXT \"t{i}\"\n");
            }
        }

        string zone = text.ToString();
        var (_, result) = ParseBounded(zone, TimeSpan.FromSeconds(20), maxAllocatedMegabytes: 500);
        var lines = zone.Split('\n');
        var found = result.Diagnostics.Where(d => d.Id == "ZL3005").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(found, Has.Count.EqualTo(2 * 2_000));
            Assert.That(found.Count(d => lines[d.Location.Line - 1][d.Location.Column - 1] != 'm'), Is.Zero, "each finding at its URI");
            Assert.That(found[0].Message, Does.EndWith("but y0.example.com._report._dmarc.x.example.com. has no TXT record starting v=DMARC1, so receivers will not send these reports"));
        });
    }

    [Test]
    public void A_lattice_of_SPF_includes_is_counted_in_bounded_time()
    {
        // 30 levels of 3 records, each including every record of the next level: counts cut short by the nesting limit
        // are not memoised, so each count walked 3^12 paths (more than two minutes for 8 KB). Every record whose
        // evaluation goes past the limit must still be reported, at the term where the eleventh lookup happens.
        const int Levels = 30, Width = 3;
        var text = new StringBuilder(Preamble);
        for (int l = 0; l < Levels; l++)
        {
            for (int k = 0; k < Width; k++)
            {
                string terms = l < Levels - 1 ? string.Join(" ", Enumerable.Range(0, Width).Select(j => FormattableString.Invariant($"include:l{l + 1}w{j}.example.com"))) : "a";
                text.Append(CultureInfo.InvariantCulture, $"l{l}w{k} TXT \"v=spf1 {terms} -all\"\n");
            }
        }

        string zone = text.ToString();
        var (_, result) = ParseBounded(zone, TimeSpan.FromSeconds(10), maxAllocatedMegabytes: 300);
        var lines = zone.Split('\n');
        var found = result.Diagnostics.Where(d => d.Id == "ZL2003").ToList();

        // The eleventh lookup is in the first include, but for the last level reported, whose includes cost 7 each.
        int Crossing(int r) => lines[Line + r - 1].IndexOf("include:", r < (Levels - 3) * Width ? 0 : lines[Line + r - 1].IndexOf("include:", StringComparison.Ordinal) + 1, StringComparison.Ordinal) + 1;
        Assert.Multiple(() =>
        {
            Assert.That(found.Select(d => d.Owner!.ToString()), Is.EqualTo(Enumerable.Range(0, Levels - 2).SelectMany(l => Enumerable.Range(0, Width).Select(k => FormattableString.Invariant($"l{l}w{k}.example.com.")))));
            Assert.That(found.Select(d => (d.Location.Line, d.Location.Column)), Is.EqualTo(Enumerable.Range(0, (Levels - 2) * Width).Select(r => (Line + r, Crossing(r)))));
            Assert.That(found[0].Message, Does.StartWith("SPF evaluation needs at least 303 DNS lookups"));
            Assert.That(found[0].Message, Does.Contain("(at least 1, not followed: the count stops after 100 records)"));
            Assert.That(found[^1].Message, Does.StartWith("SPF evaluation needs 21 DNS lookups, over the limit of 10: include:l28w0.example.com (7: "));
        });
    }

    [Test]
    public void One_exchange_under_every_preference_is_one_finding_in_linear_time()
    {
        // ZL1008 left out copies by comparing each MX with every listing of its exchange before it: 64,000 preferences of
        // one exchange took 26 s. The copies at the end must still not count as listings.
        const int Preferences = 40_000;
        var text = new StringBuilder(Preamble).Append("mail A 192.0.2.25\n");
        for (int i = 0; i < Preferences; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"m MX {i} mail\n");
        }

        text.Append("m MX 0 mail\nm MX 1 mail\n");
        var (_, result) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(10), maxAllocatedMegabytes: 300);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL1008");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Location.Line, Is.EqualTo(Line + 2));
            Assert.That(finding.Message, Does.StartWith("MX exchange 'mail.example.com.' is listed more than once at 'm.example.com.' (preferences 0, 1, 2, "));
            Assert.That(finding.Message.Split(", ").Length, Is.EqualTo(Preferences));
            Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(Preferences - 1));
        });
    }

    [Test]
    public void Many_NSEC3PARAM_records_and_NSEC3_records_of_other_parameters_are_matched_through_sets()
    {
        // ZL8140 looked for each NSEC3PARAM's chain through every NSEC3 record, and for each NSEC3 record's parameters
        // through every NSEC3PARAM: 40,000 of each, all with different salts, took 101 s. Each NSEC3PARAM without a
        // chain must still be reported, and the NSEC3 records of no announced chain once.
        const int Count = 20_000;
        var text = new StringBuilder(Preamble);
        for (int i = 0; i < Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"@ NSEC3PARAM 1 0 0 {i:x8}\n");
        }

        for (int i = 0; i < Count; i++)
        {
            string owner = Convert.ToHexString(SHA1.HashData(BitConverter.GetBytes(i))).ToLowerInvariant()[..32];
            text.Append(CultureInfo.InvariantCulture, $"{owner} NSEC3 1 0 0 ff {owner} A\n");
        }

        var (_, result) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(10), maxAllocatedMegabytes: 1_000);
        var found = result.Diagnostics.Where(d => d.Id == "ZL8140").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(found.Count(d => d.Message.EndsWith("has no NSEC3 chain: no NSEC3 record uses these parameters", StringComparison.Ordinal)), Is.EqualTo(Count));
            Assert.That(found[0].Message, Is.EqualTo("NSEC3PARAM '1 0 00000000' has no NSEC3 chain: no NSEC3 record uses these parameters"));
            Assert.That(found.Where(d => d.Message.Contains("NSEC3 record(s)", StringComparison.Ordinal)).Select(d => (d.Location.Line, d.Message)), Is.EqualTo(new[]
            {
                (Line + Count, $"{Count} NSEC3 record(s) use parameters '1 0 FF', not any NSEC3PARAM's: they form no chain a server answers from (all NSEC3 records of a chain share hash algorithm, iterations and salt)"),
            }));
        });
    }

    [Test]
    public void CDNSKEY_records_are_looked_for_among_many_keys_through_a_set()
    {
        // ZL8121 compared each CDNSKEY with every apex DNSKEY: 20,000 of each, listing none of them, took 7.5 s and
        // grew with the square. Each CDNSKEY must still be reported.
        const int Count = 40_000;
        var text = new StringBuilder(Preamble);
        for (int i = 0; i < Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"@ DNSKEY 256 3 253 {Convert.ToBase64String(BitConverter.GetBytes((long)i))}\n");
        }

        for (int i = 0; i < Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"@ CDNSKEY 256 3 253 {Convert.ToBase64String(BitConverter.GetBytes((long)i + Count))}\n");
        }

        var (_, result) = ParseBounded(text.ToString(), TimeSpan.FromSeconds(10), maxAllocatedMegabytes: 1_000);
        var found = result.Diagnostics.Where(d => d.Id == "ZL8121").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(found.Select(d => d.Location.Line), Is.EqualTo(Enumerable.Range(Line + Count, Count)));
            Assert.That(found.Count(d => d.Message.Contains("is not in the DNSKEY RRset, nor does any other CDNSKEY of algorithm", StringComparison.Ordinal)), Is.EqualTo(Count));
        });
    }

    [Test]
    public void An_endless_stream_is_read_up_to_the_size_limit_only()
    {
        var options = Options with { MaxFileSize = 1 << 20 };
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var parsed = ZoneParser.Parse(new EndlessStream(), options);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.That(parsed.Diagnostics.Select(d => (d.Id, d.Message)), Is.EqualTo(new[] { ("ZL0005", "the input is larger than the limit of 1048576 bytes") }));
        Assert.That(parsed.Zone.Records, Is.Empty);
        Assert.That(allocated, Is.LessThan(16_000_000));
    }

    private string Write(string body, bool withPreamble = true)
    {
        string path = Path.Combine(directory, "example.com.zone");
        File.WriteAllText(path, withPreamble ? Preamble + body : body);
        return path;
    }

    private static CliRun RunCli(string path, int maxMegabytes)
    {
        if (!CliProcess.CanMeasureMemory)
        {
            Assert.Ignore("Peak memory of a child process is read from /proc, which this system does not have.");
        }

        long limit = maxMegabytes * 1_000_000L;
        var run = CliProcess.Run(TimeSpan.FromSeconds(90), limit, "check", "--format", "json", "--no-editorconfig", path);
        Assert.That(run.TimedOut, Is.False, run.ToString());
        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.ToString());
        Assert.That(run.PeakResidentBytes, Is.GreaterThan(0).And.LessThan(limit), run.ToString());
        TestContext.Out.WriteLine(run.ToString().Split('\n')[0]);
        return run;
    }

    private static (ParseResult Parsed, LintResult Result) ParseBounded(string text, TimeSpan? time = null, long maxAllocatedMegabytes = 50, ZoneParseOptions? options = null) =>
        ParseBounded(Encoding.UTF8.GetBytes(text), time, maxAllocatedMegabytes, options);

    /// <summary>Parses and lints in this process, bounding the time and the bytes allocated, and checks every location.</summary>
    private static (ParseResult Parsed, LintResult Result) ParseBounded(byte[] text, TimeSpan? time = null, long maxAllocatedMegabytes = 50, ZoneParseOptions? options = null)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var parsed = ZoneParser.Parse(text, options ?? Options);
        var result = ZoneLinter.Default.Lint(parsed);
        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        TestContext.Out.WriteLine($"{clock.Elapsed.TotalSeconds:F2} s, {allocated / 1e6:F1} MB allocated for {text.Length} bytes");
        Assert.That(clock.Elapsed, Is.LessThan(time ?? TimeSpan.FromSeconds(10)));
        Assert.That(allocated, Is.LessThan(maxAllocatedMegabytes * 1_000_000L));
        Assert.That(FuzzTarget.Check(parsed, result, FuzzTarget.LineLengths(text)), Is.Null);
        return (parsed, result);
    }

    private static string Describe(Diagnostic d) => $"({d.Location.Line},{d.Location.Column}) {d.Id} {d.Message}";

    // These cases are about reading hostile text: only the reading diagnostics (ZL0xxx) are compared, not what the
    // rules think of the small zone around the hostile part.
    private static void AssertDiagnostics(LintResult result, params (string Id, int Line, int Column, string Message)[] expected) =>
        AssertDiagnostics(result.Diagnostics.Where(d => IsReading(d.Id)).Select(d => (d.Id, d.Location.Line, d.Location.Column, d.Message)).ToList(), expected, string.Join("\n", result.Diagnostics));

    private static void AssertDiagnostics(CliRun run, params (string Id, int Line, int Column, string Message)[] expected) =>
        AssertDiagnostics(run.Diagnostics().Where(d => IsReading(d.Id)).Select(d => (d.Id, d.Line, d.Column, d.Message)).ToList(), expected, run.ToString());

    private static bool IsReading(string id) => id.StartsWith("ZL0", StringComparison.Ordinal);

    private static void AssertDiagnostics(List<(string Id, int Line, int Column, string Message)> actual, (string Id, int Line, int Column, string Message)[] expected, string context)
    {
        Assert.That(actual.Select(d => (d.Id, d.Line, d.Column)), Is.EqualTo(expected.Select(d => (d.Id, d.Line, d.Column))), context);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.That(actual[i].Message, Does.Contain(expected[i].Message), context);
        }
    }

    /// <summary>A stream of ';' that never ends, like /dev/zero behind a pipe.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)';');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
