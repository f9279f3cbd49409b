using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Fuzz;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// A large input is cut into pieces read on several threads; whatever the input, the result must be the one reading it
/// whole on one thread gives: the same records with the same locations, diagnostics, pragmas and nodes. The inputs
/// here are cut into small pieces so that cuts fall after directives, inside parentheses, between case variants of one
/// name, before the SOA and across the record limit.
/// </summary>
public class ParallelReadTests
{
    private static readonly ZoneParseOptions WithOrigin = ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") };

    public static IEnumerable<TestCaseData> CraftedInputs()
    {
        yield return Case("hosts, inherited owners and targets in other pieces", Repeat(300, i =>
            $"h{i} A 192.0.2.{i % 250}\n AAAA 2001:db8::{i:x}\nmx{i} MX 10 h{(i * 7) % 300}\nalias{i} CNAME h{(i + 150) % 300}\n"), "$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h ( 1 2h 1h 1w 5m )\n NS ns\nns A 192.0.2.53\n");
        yield return Case("an $ORIGIN every few lines, relative and absolute", Repeat(200, i =>
            (i % 4 == 0 ? $"$ORIGIN s{i}.example.com.\n" : i % 4 == 2 ? $"$ORIGIN t{i}\n" : string.Empty) + $"a{i} A 192.0.2.1\n TXT \"x{i}\"\n"), "$ORIGIN example.com.\n$TTL 300\n@ SOA ns h 1 2 3 4 5\n");
        yield return Case("$TTL changed as the file goes on", Repeat(200, i =>
            (i % 9 == 0 ? $"$TTL {60 + i}\n" : string.Empty) + $"n{i} A 192.0.2.2\n"), "$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\n");
        yield return Case("no $TTL: each record takes the last TTL written", Repeat(200, i =>
            (i % 5 == 0 ? $"n{i} {100 + i} A 192.0.2.3\n" : $"n{i} A 192.0.2.3\n")), "$ORIGIN example.com.\n@ 3600 SOA ns h 1 2 3 4 5\n");
        yield return Case("no TTL anywhere until a late SOA gives its minimum", Repeat(150, i => $"n{i} A 192.0.2.4\n") + "@ SOA ns h 1 2 3 4 77\n" + Repeat(150, i => $"m{i} A 192.0.2.4\n"), "$ORIGIN example.com.\n");
        yield return Case("no origin until a late SOA", Repeat(150, i => $"n{i} 60 A 192.0.2.5\nabs{i}.example.com. 60 A 192.0.2.5\n") + "example.com. 60 SOA ns h 1 2 3 4 5\n" + Repeat(150, i => $"m{i} 60 A 192.0.2.5\n"), string.Empty);
        yield return Case("records in parentheses with lines in column 1", Repeat(150, i =>
            $"t{i} TXT (\n\"a{i}\"\nunquoted{i}\n)\ns{i} SOA ns h (\n{i}\n2h 1h\n1w 5m )\n"), "$ORIGIN example.com.\n$TTL 1h\n");
        yield return Case("a '(' never closed halfway", Repeat(150, i => $"a{i} A 192.0.2.6\n") + "bad TXT ( \"open\n" + Repeat(150, i => $"b{i} A 192.0.2.6\n"), "$ORIGIN example.com.\n$TTL 1h\n");
        yield return Case("quotes left open, stray ')' and bad names", Repeat(200, i =>
            i % 7 == 0 ? $"q{i} TXT \"open\n" : i % 7 == 1 ? $"p{i} A 192.0.2.7 )\n" : i % 7 == 2 ? $"bad..name{i} A 192.0.2.7\n" : $"ok{i} A 192.0.2.7\n"), "$ORIGIN example.com.\n$TTL 1h\n");
        yield return Case("pragmas that span pieces", Repeat(100, i =>
            (i % 10 == 0 ? "; zonelint disable ZL1001\n" : i % 10 == 9 ? "; zonelint restore ZL1001\n" : string.Empty) + $"m{i} MX 10 c{i}\nc{i} CNAME h{i}\n"), "$ORIGIN example.com.\n$TTL 1h\n");
        yield return Case("$GENERATE and refused $INCLUDE", Repeat(60, i =>
            $"$GENERATE 1-{(i % 4) + 1} g{i}-$ A 192.0.2.$\n$INCLUDE other{i}.zone\nr{i} A 192.0.2.8\n"), "$ORIGIN example.com.\n$TTL 1h\n");
        yield return Case("one name spelled in several cases across the file", Repeat(200, i =>
            $"Host{i % 20} A 192.0.2.{i % 200}\nHOST{i % 20}.Sub TXT \"{i}\"\nhost{i % 20} AAAA 2001:db8::{i:x}\n"), "$ORIGIN Example.COM.\n$TTL 1h\n");
        yield return Case("CRLF line ends and a byte order mark", Repeat(200, i => $"c{i} A 192.0.2.9\r\n TXT \"t\"\r\n"), "\uFEFF$ORIGIN example.com.\r\n$TTL 1h\r\n");
        yield return Case("records outside the zone and of another class", Repeat(200, i =>
            i % 3 == 0 ? $"out{i}.example.net. A 192.0.2.10\n" : i % 3 == 1 ? $"ch{i} CH A 192.0.2.10\n" : $"in{i} A 192.0.2.10\n"), "$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\n");
    }

    [Test]
    public void The_reader_that_joins_the_pieces_is_sized_for_the_whole_input()
    {
        // Grown by doubling, the list that ends up holding both pieces' 60,000 records doubles past 32,768 to 65,536 at the
        // join; sized from its first records for the whole input, it is about 1.05 times the count.
        var bytes = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n" + Repeat(60_000, i => $"h{i:D5} A 192.0.2.{i % 250:D3}\n"));
        var reader = new MasterFileReader(ZoneParseOptions.Default with { MaxParallelism = 2, ParallelPieceBytes = bytes.Length / 3 });
        Assert.That(reader.TryReadInParallel(bytes, null), Is.True);
        var result = reader.Finish();
        Assert.That(result.Zone.Records, Has.Count.EqualTo(60_000));
        Assert.That(reader.RecordCapacity, Is.InRange(60_000, 63_500));
    }

    [TestCaseSource(nameof(CraftedInputs))]
    public void Crafted_inputs_read_the_same_in_pieces(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.That(MasterFileReader.PlanCuts(bytes, bytes.Length / 8, 4), Is.Not.Null, "the input must be cut for this test to mean anything");
        foreach (var options in new[] { ZoneParseOptions.Default, WithOrigin, WithOrigin with { MaxRecords = 250 }, WithOrigin with { MaxGenerateCount = 100 } })
        {
            var whole = ZoneParser.Parse(bytes, options with { MaxParallelism = 1 });
            Assert.That(whole.Zone.Records, Is.Not.Empty);
            foreach (int pieces in new[] { 2, 3, 4, 8, 16 })
            {
                foreach (int threads in new[] { pieces, 2 }.Distinct())
                {
                    var inPieces = ZoneParser.Parse(bytes, options with { MaxParallelism = threads, ParallelPieceBytes = Math.Max(1, bytes.Length / (pieces + 1)) });
                    Assert.That(FuzzTarget.Describe(inPieces), Is.EqualTo(FuzzTarget.Describe(whole)), $"{pieces} pieces on {threads} threads, max records {options.MaxRecords}");
                }
            }
        }
    }

    [Test]
    public void The_include_limit_counts_the_includes_of_every_piece()
    {
        using var tree = new ParserTestSupport.TempTree();
        tree.Write("inc.db", "inc A 192.0.2.1\n");
        var text = new StringBuilder("$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\n");
        for (int i = 0; i < 400; i++)
        {
            text.Append('h').Append(i).Append(" A 192.0.2.1\n").Append(i % 20 == 0 ? "$INCLUDE inc.db\n" : string.Empty);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var options = tree.Options with { Origin = RuleTestHarness.Origin, MaxIncludes = 7 };
        var whole = ZoneParser.Parse(bytes, options with { MaxParallelism = 1 });
        Assert.That(whole.Zone.Records.Count(r => r.Owner.ToString() == "inc.example.com."), Is.EqualTo(7));
        Assert.That(whole.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0005" }));
        foreach (int pieces in new[] { 2, 3, 4, 8 })
        {
            var inPieces = ZoneParser.Parse(bytes, options with { MaxParallelism = pieces, ParallelPieceBytes = bytes.Length / (pieces + 1) });
            Assert.That(FuzzTarget.Describe(inPieces), Is.EqualTo(FuzzTarget.Describe(whole)), $"{pieces} pieces");
        }
    }

    [Test]
    [NonParallelizable]
    public void A_file_read_in_pieces_is_read_through_buffers_not_whole()
    {
        // 16 MB, mostly comments: read whole for the threads it would allocate its 16 MB; through buffers, each thread
        // allocates its buffer, a window around its cut and the records.
        var text = new StringBuilder("$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\n");
        string comment = "; " + new string('x', 1997) + "\n";
        for (int i = 0; i < 8000; i++)
        {
            text.Append('h').Append(i).Append(" A 192.0.2.1\n").Append(comment);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var options = ZoneParseOptions.Default with { MaxParallelism = 2, ParallelPieceBytes = bytes.Length / 3, ReadChunkBytes = 256 << 10 };
        Assert.That(MasterFileReader.PlanCuts(bytes, options.ParallelPieceBytes, options.MaxParallelism), Has.Length.EqualTo(4), "a prologue and two pieces");
        string path = Path.Combine(Path.GetTempPath(), $"zonelint-pieces-{Guid.NewGuid():N}.zone");
        File.WriteAllBytes(path, bytes);
        ParseResult parsed;
        long allocated;
        try
        {
            ZoneParser.ParseFile(path, options); // Warm up: what the first call loads is not the read's.
            long before = GC.GetTotalAllocatedBytes(precise: true);
            parsed = ZoneParser.ParseFile(path, options);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }
        finally
        {
            File.Delete(path);
        }

        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(8001));
        Assert.That(parsed.Zone.Records[^1].Location.Line, Is.EqualTo(3 + (2 * 8000) - 1), "the second piece's lines counted from the file's start");
        Assert.That(allocated, Is.LessThan(bytes.Length / 2), "bytes allocated");
    }

    [Test]
    [NonParallelizable]
    public void A_file_read_in_pieces_allocates_little_more_than_a_read_on_one_thread()
    {
        // What pieces cost beyond one read: each reader's buffer and name table (pieces of 6,000 records grow theirs by
        // doubling) and a sample at each cut, 23% more here. A cut is looked for in a small window: a 1 MiB window at each
        // of the 16 cuts was 16 MB more, twice the one thread's bytes.
        var bytes = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\n" + Repeat(100_000, i => $"h{i} A 192.0.2.{i % 250}\n"));
        var oneThread = ZoneParseOptions.Default with { MaxParallelism = 1 };
        var inPieces = ZoneParseOptions.Default with { MaxParallelism = 2, ParallelPieceBytes = bytes.Length / 17 };
        string path = Path.Combine(Path.GetTempPath(), $"zonelint-pieces-{Guid.NewGuid():N}.zone");
        File.WriteAllBytes(path, bytes);
        try
        {
            long Read(ZoneParseOptions options, bool expectPieces)
            {
                long before = GC.GetTotalAllocatedBytes(precise: true), read = 0;
                var parsed = ZoneParser.ParseFile(path, options, pieces =>
                {
                    read = GC.GetTotalAllocatedBytes(precise: true) - before;
                    Assert.That(pieces, Is.EqualTo(expectPieces));
                }, default);
                Assert.That(parsed.Zone.Records, Has.Count.EqualTo(100_001));
                return read;
            }

            Read(oneThread, false); // Warm up: what the first calls load is not the read's.
            Read(inPieces, true);
            long one = Read(oneThread, false), pieces = Read(inPieces, true);
            Assert.That(pieces, Is.LessThan(one * 1.3), $"{pieces:N0} bytes in pieces against {one:N0} on one thread");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Pieces_write_their_records_into_one_array()
    {
        var bytes = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\n" + Repeat(20_000, i => $"h{i} A 192.0.2.{i % 250}\n TXT \"{new string('t', i % 40)}\"\n"));
        var options = ZoneParseOptions.Default with { MaxParallelism = 2, ParallelPieceBytes = bytes.Length / 17 };
        var reader = new MasterFileReader(options);
        Assert.That(reader.TryReadInParallel(bytes, null), Is.True);
        Assert.That(reader.ReadInPieces && reader.RecordsInSharedArray, Is.True, "read in pieces, into the one array the pieces shared");
        Assert.That(FuzzTarget.Describe(reader.Finish()), Is.EqualTo(FuzzTarget.Describe(ZoneParser.Parse(bytes, options with { MaxParallelism = 1 }))));
    }

    [TestCase(0, TestName = "Records_that_outgrow_the_first_piece's_stretch_read_the_same")]
    [TestCase(1, TestName = "Records_that_outgrow_a_later_piece's_stretch_read_the_same")]
    [TestCase(2, TestName = "Records_that_outgrow_every_piece's_stretch_read_the_same")]
    public void Records_that_outgrow_a_stretch_read_the_same(int where)
    {
        // A $GENERATE is one entry in the sample a stretch is sized from, and makes 3,000 records.
        var bytes = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\n" + Repeat(4_000, i =>
            ((where == 0 && i == 1_400) || (where == 1 && i == 3_000) || (where == 2 && i % 250 == 5) ? $"$GENERATE 1-3000 g{i}-$ A 192.0.2.1\n" : string.Empty) + $"h{i} A 192.0.2.{i % 250}\n"));
        var whole = ZoneParser.Parse(bytes, ZoneParseOptions.Default with { MaxParallelism = 1 });
        Assert.That(whole.Zone.Records, Has.Count.GreaterThan(7_000));
        foreach (int pieces in new[] { 2, 4, 8, 16 })
        {
            var options = ZoneParseOptions.Default with { MaxParallelism = 2, ParallelPieceBytes = bytes.Length / (pieces + 1) };
            if (where == 0)
            {
                var cuts = MasterFileReader.PlanCuts(bytes, options.ParallelPieceBytes, options.MaxParallelism)!;
                Assert.That(bytes.AsSpan().IndexOf("$GENERATE"u8), Is.InRange(cuts[1], cuts[2] - 1), "in the first piece after the prologue");
            }

            var reader = new MasterFileReader(options);
            Assert.That(reader.TryReadInParallel(bytes, null), Is.True);
            Assert.That(reader.ReadInPieces, Is.True);
            Assert.That(reader.RecordsInSharedArray, Is.False, "the records outgrew the array");
            Assert.That(FuzzTarget.Describe(reader.Finish()), Is.EqualTo(FuzzTarget.Describe(whole)), $"{pieces} pieces");
        }
    }

    [Test]
    public void A_file_parse_says_once_its_records_are_read_whether_pieces_were_read()
    {
        // The CLI collects the garbage pieces leave (their readers' tables) there, before the index build.
        string body = Repeat(3000, i => $"h{i} A 192.0.2.1\n");
        string path = Path.Combine(Path.GetTempPath(), $"zonelint-read-{Guid.NewGuid():N}.zone");
        try
        {
            (int Calls, bool InPieces, int Records) Parse(string text, int threads)
            {
                File.WriteAllText(path, text);
                var options = WithOrigin with { MaxParallelism = threads, ParallelPieceBytes = text.Length / 4 };
                int calls = 0;
                bool inPieces = false;
                var parsed = ZoneParser.ParseFile(path, options, p => (calls, inPieces) = (calls + 1, p), CancellationToken.None);
                return (calls, inPieces, parsed.Zone.Records.Count);
            }

            Assert.That(Parse("$TTL 1h\n" + body, 1), Is.EqualTo((1, false, 3000)));
            Assert.That(Parse("$TTL 1h\n" + body, 3), Is.EqualTo((1, true, 3000)));
            string unclosed = "$TTL 1h\n" + body + "open TXT ( \"x\"\n" + body;
            int records = Parse(unclosed, 1).Records;
            Assert.That(Parse(unclosed, 3), Is.EqualTo((1, true, records)), "pieces read, then the whole file again");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Names_read_in_pieces_are_numbered_in_file_order_as_in_one_read()
    {
        // The index build places nodes by their names' numbers and the rules walk them in that order; numbers given in a
        // table's hash order would scatter a later piece's nodes (same result, but every walk a cache miss).
        var bytes = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n" + Repeat(3000, i => $"n{i} A 192.0.2.1\nm{i}.sub MX 10 n{(i * 7) % 3000}\n"));
        var whole = ZoneParser.Parse(bytes, ZoneParseOptions.Default with { MaxParallelism = 1 });
        var inPieces = ZoneParser.Parse(bytes, ZoneParseOptions.Default with { MaxParallelism = 4, ParallelPieceBytes = bytes.Length / 5 });
        Assert.That(inPieces.Zone.Nodes.Select(n => n.Name.ToString()), Is.EqualTo(whole.Zone.Nodes.Select(n => n.Name.ToString())));
        Assert.That(inPieces.Zone.Records.Select(r => r.Owner.InternGroup), Is.EqualTo(whole.Zone.Records.Select(r => r.Owner.InternGroup)));
    }

    [Test]
    public void A_record_limit_met_in_a_later_piece_stops_reading_there()
    {
        var bytes = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n" + Repeat(1000, i => $"n{i} A 192.0.2.1\n"));
        var options = ZoneParseOptions.Default with { MaxRecords = 700, MaxParallelism = 4, ParallelPieceBytes = bytes.Length / 5 };
        var parsed = ZoneParser.Parse(bytes, options);
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(700));
        Assert.That(parsed.Zone.Records[^1].Owner.ToString(), Is.EqualTo("n699.example.com."));
        Assert.That(parsed.Diagnostics.Select(d => d.Location.Line), Is.EqualTo(new[] { 703 }), "one diagnostic, at the first record past the limit");
    }

    [Test]
    public void Cuts_fall_at_lines_that_start_with_an_owner()
    {
        var text = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n" + Repeat(2000, i => $"n{i} A 192.0.2.1\n TXT \"x\"\n; comment\n$TTL {i + 1}\n"));
        var cuts = MasterFileReader.PlanCuts(text, text.Length / 6, 5);
        Assert.That(cuts, Is.Not.Null);
        Assert.That(cuts![0], Is.Zero);
        Assert.That(cuts[^1], Is.EqualTo(text.Length));
        Assert.That(cuts, Is.Ordered.Ascending.And.Unique);
        Assert.That(cuts.Length - 2, Is.InRange(2, 5), "pieces after the prologue, none smaller than asked");
        Assert.That(MasterFileReader.PlanCuts(text, text.Length / 100, 2)!.Length - 2, Is.EqualTo(16), "at most eight a thread");
        foreach (int cut in cuts[1..^1].Select(c => (int)c))
        {
            Assert.That(text[cut - 1], Is.EqualTo((byte)'\n'), $"cut at {cut} is at a line start");
            Assert.That(text[cut], Is.EqualTo((byte)'n'), $"cut at {cut} starts with an owner");
        }
    }

    [Test]
    public void Small_inputs_and_one_thread_are_not_cut()
    {
        var text = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n" + Repeat(5000, i => $"n{i} A 192.0.2.1\n"));
        Assert.That(MasterFileReader.PlanCuts(text, ZoneParseOptions.Default.ParallelPieceBytes, 8), Is.Null, "under 1 MiB a thread");
        Assert.That(MasterFileReader.PlanCuts(text, 1000, 1), Is.Null, "one thread");
        Assert.That(MasterFileReader.PlanCuts(text, 1000, 2), Is.Not.Null);
    }

    [Test]
    public void Bundled_zones_read_the_same_in_pieces()
    {
        foreach (var path in Directory.EnumerateFiles(Repository.Path("zones"), "*.zone"))
        {
            var bytes = File.ReadAllBytes(path);
            foreach (var options in FuzzTarget.Variants)
            {
                var whole = ZoneParser.Parse(bytes, options with { MaxParallelism = 1 });
                Assert.That(FuzzTarget.ReadsTheSameInPieces(bytes, options, whole), Is.Null, path);
            }
        }
    }

    [Test]
    public void Corpus_zones_read_the_same_in_pieces()
    {
        int compared = 0;
        foreach (var path in Directory.EnumerateFiles(Repository.Corpus, "*", SearchOption.AllDirectories).Where(p => new FileInfo(p).Length is > 200 and < (4 << 20)))
        {
            var bytes = File.ReadAllBytes(path);
            var options = ZoneParseOptions.Default with { FileName = path };
            var whole = ZoneParser.Parse(bytes, options with { MaxParallelism = 1 });
            Assert.That(FuzzTarget.ReadsTheSameInPieces(bytes, options, whole), Is.Null, path);
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(100));
    }

    /// <summary>Random files of lines chosen to trouble a cut: directives, parentheses, open quotes, inherited owners.</summary>
    [Test]
    public void Random_lines_read_the_same_in_pieces()
    {
        string[] lines =
        [
            "$ORIGIN sub.example.com.\n", "$ORIGIN rel\n", "$TTL 60\n", "$TTL 2h\n", "$GENERATE 1-3 g$ A 192.0.2.$\n", "$INCLUDE x.zone\n",
            "@ SOA ns h 1 2 3 4 5\n", "example.com. 300 SOA ns h ( 1 2\n3 4 5 )\n", "a A 192.0.2.1\n", " A 192.0.2.2\n", "a 120 A 192.0.2.3\n",
            "B TXT \"x\"\n", "b TXT \"open\n", "c TXT (\n\"one\"\ntwo\n)\n", "d MX 10 a\n", "(\n", ")\n", "e CNAME b\n", "; zonelint disable ZL1001\n",
            "; zonelint restore ZL1001\n", "\n", "f..g A 192.0.2.4\n", "out.example.net. A 192.0.2.5\n", "h CH A 192.0.2.6\n", "\tAAAA ::1\n",
        ];
        var input = Gen.Sized(size => Gen.ListOf(Gen.Elements(lines), size * 3)).Select(l => Encoding.UTF8.GetBytes(string.Concat(l)));
        Prop.ForAll(input.ToArbitrary(), bytes =>
        {
            foreach (var options in FuzzTarget.Variants)
            {
                var whole = ZoneParser.Parse(bytes, options with { MaxParallelism = 1 });
                if (FuzzTarget.ReadsTheSameInPieces(bytes, options, whole) is { } problem)
                {
                    throw new AssertionException($"{problem.Message}\nfor:\n{Encoding.UTF8.GetString(bytes)}");
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(60));
    }

    private static TestCaseData Case(string name, string body, string header) => new TestCaseData(header + body).SetArgDisplayNames(name);

    private static string Repeat(int count, Func<int, string> line) => string.Concat(Enumerable.Range(0, count).Select(line));
}
