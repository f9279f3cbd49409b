using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Fuzz;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// A file is read through a buffer, a chunk at a time, so that memory does not grow with the file; whatever the file,
/// the result must be the one reading it whole gives. The buffers here are tiny, so that chunks end inside
/// parentheses, before inherited owners, inside long lines and between a pragma and the records it covers.
/// </summary>
public class ChunkedReadTests
{
    public static IEnumerable<TestCaseData> CraftedInputs() => ParallelReadTests.CraftedInputs();

    [TestCaseSource(nameof(CraftedInputs))]
    public void Crafted_inputs_read_the_same_in_chunks(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var options in FuzzTarget.Variants)
        {
            Assert.That(FuzzTarget.ReadsTheSameInChunks(bytes, options, [1, 2, 13, 100, 4096]), Is.Null);
        }
    }

    [Test]
    public void The_record_list_is_sized_for_the_whole_input_from_its_first_entries()
    {
        // 50,000 records: grown by doubling, the list would end with room for 65,536 and old arrays left behind.
        var bytes = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"n{i} A 192.0.2.{i % 250}\n")));
        string path = Path.Combine(Path.GetTempPath(), $"zonelint-presize-{Guid.NewGuid():N}.zone");
        File.WriteAllBytes(path, bytes);
        try
        {
            foreach (bool inChunks in new[] { false, true })
            {
                foreach (long limit in new long[] { ZoneParseOptions.Default.MaxRecords, 30_000 })
                {
                    var options = ZoneParseOptions.Default with { MaxRecords = limit };
                    var reader = new MasterFileReader(options);
                    if (inChunks)
                    {
                        ZoneParser.ReadFile(reader, path, options with { ReadChunkBytes = 256 << 10 });
                    }
                    else
                    {
                        reader.Read(bytes, path);
                    }

                    int read = reader.Finish().Zone.Records.Count;
                    Assert.That(read, Is.EqualTo(Math.Min(50_000, limit)));
                    Assert.That(reader.RecordCapacity, Is.InRange(read, limit < 50_000 ? limit : 55_000), $"in chunks: {inChunks}, limit {limit}");
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Records_from_an_included_file_are_not_taken_for_the_including_files_density()
    {
        // 20,000 records included from a small file's top, then 2,000 of its own: scaled by the including file's bytes,
        // the included records would size the list for twice what comes.
        string directory = Path.Combine(Path.GetTempPath(), $"zonelint-presize-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "hosts.zone"), string.Concat(Enumerable.Range(0, 20_000).Select(i => $"i{i} A 192.0.2.1\n")));
            string top = Path.Combine(directory, "top.zone");
            File.WriteAllText(top, "$ORIGIN example.com.\n$TTL 1h\n$INCLUDE hosts.zone\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"n{i} A 192.0.2.2\n")));
            var options = ZoneParseOptions.Default with { IncludeRoot = directory };
            var reader = new MasterFileReader(options);
            ZoneParser.ReadFile(reader, top, options);
            Assert.That(reader.Finish().Zone.Records, Has.Count.EqualTo(22_000));
            Assert.That(reader.RecordCapacity, Is.AtMost(32_768), "no larger than doubling makes it");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void An_entry_open_across_many_chunks_and_lines_longer_than_the_buffer_read_the_same()
    {
        string longText = new('x', 250);
        var text = "$ORIGIN example.com.\n$TTL 1h\n" + string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"t{i} TXT ( \"{longText}\"\n \"{longText}\" ; zonelint disable-line ZL2002\n\"{i}\" )\nlong{i} TXT \"{longText}\" \"{longText}\"\n"));
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var options in FuzzTarget.Variants)
        {
            Assert.That(FuzzTarget.ReadsTheSameInChunks(bytes, options, [1, 64, 300, 700]), Is.Null);
        }
    }

    [Test]
    public void A_record_limit_and_a_line_limit_met_in_a_later_chunk_read_the_same()
    {
        var text = "$ORIGIN example.com.\n$TTL 1h\n" + string.Concat(Enumerable.Range(0, 500).Select(i => i % 50 == 7 ? $"w{i} TXT \"{new string('y', 200)}\"\n" : $"n{i} A 192.0.2.1\n"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var options = ZoneParseOptions.Default with { MaxRecords = 300, MaxLineLength = 150 };
        Assert.That(FuzzTarget.ReadsTheSameInChunks(bytes, options, [1, 50, 512]), Is.Null);
    }

    [Test]
    public void Lines_and_entries_past_the_limits_read_the_rest_whole_as_before()
    {
        // With limits this small the buffer stops doubling at a few hundred bytes: a longer line, or a '(' left open
        // over many lines, makes the reader take the rest of the file at once, and the tokenizer report the excess.
        var text = "$ORIGIN example.com.\n$TTL 1h\na A 192.0.2.1\nw TXT \"" + new string('z', 3000) + "\"\nb A 192.0.2.2\n"
            + "p TXT ( \"x\"\n" + string.Concat(Enumerable.Range(0, 80).Select(i => $"\"{i}\"\n")) + ")\nc A 192.0.2.3\n";
        var options = ZoneParseOptions.Default with { MaxLineLength = 100, MaxRecordLength = 200 };
        var whole = ZoneParser.Parse(Encoding.UTF8.GetBytes(text), options);
        Assert.That(whole.Diagnostics.Select(d => d.Message), Has.Some.Contains("line is longer than the limit of 100").And.Some.Contains("longer than the limit of 200"));
        Assert.That(FuzzTarget.ReadsTheSameInChunks(Encoding.UTF8.GetBytes(text), options, [1, 16, 64]), Is.Null);
    }

    [Test]
    public void Bundled_zones_read_the_same_in_chunks()
    {
        foreach (var path in Directory.EnumerateFiles(Repository.Path("zones"), "*.zone"))
        {
            var bytes = File.ReadAllBytes(path);
            foreach (var options in FuzzTarget.Variants)
            {
                Assert.That(FuzzTarget.ReadsTheSameInChunks(bytes, options, [7, 333]), Is.Null, path);
            }
        }
    }

    [Test]
    public void Corpus_zones_read_the_same_in_chunks()
    {
        int compared = 0;
        foreach (var path in Directory.EnumerateFiles(Repository.Corpus, "*", SearchOption.AllDirectories).Where(p => new FileInfo(p).Length is > 200 and < (1 << 20)))
        {
            Assert.That(FuzzTarget.ReadsTheSameInChunks(File.ReadAllBytes(path), ZoneParseOptions.Default, [97, 1024]), Is.Null, path);
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(100));
    }

    [TestCase("")]
    [TestCase("\uFEFF")]
    [TestCase("\n")]
    [TestCase("a")]
    [TestCase("(")]
    public void Tiny_files_read_the_same_in_chunks(string text)
    {
        foreach (var options in FuzzTarget.Variants)
        {
            Assert.That(FuzzTarget.ReadsTheSameInChunks(Encoding.UTF8.GetBytes(text), options, [1, 2, 3]), Is.Null);
        }
    }

    [Test]
    public void A_file_larger_than_the_limit_is_refused_without_being_read()
    {
        string directory = Path.Combine(Path.GetTempPath(), "zonelint-limit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string path = Path.Combine(directory, "big.zone");
            File.WriteAllText(path, "$ORIGIN example.com.\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"n{i} 60 A 192.0.2.1\n")));
            var parsed = ZoneParser.ParseFile(path, ZoneParseOptions.Default with { MaxFileSize = 100 });
            Assert.That(parsed.Zone.Records, Is.Empty);
            Assert.That(parsed.Diagnostics.Single().Message, Does.Contain("is larger than the limit of 100 bytes"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Random files of lines chosen to trouble a chunk's end: parentheses, open quotes, inherited owners, pragmas.</summary>
    [Test]
    public void Random_lines_read_the_same_in_chunks()
    {
        string[] lines =
        [
            "$ORIGIN sub.example.com.\n", "$TTL 60\n", "@ SOA ns h 1 2 3 4 5\n", "example.com. 300 SOA ns h ( 1 2\n3 4 5 )\n", "a A 192.0.2.1\n",
            " A 192.0.2.2\n", "b TXT \"open\n", "c TXT (\n\"one\"\ntwo\n)\n", "(\n", ")\n", "; zonelint disable ZL1001\n", "d MX 10 a ; zonelint disable-line ZL1002\n",
            "\n", "\r\n", "f..g A 192.0.2.4\n", "\tAAAA ::1\n", "e TXT ( \"x\" ; comment (\n\"y\" )\n", "\uFEFFh A 192.0.2.7\n",
        ];
        var input = Gen.Sized(size => Gen.ListOf(Gen.Elements(lines), size * 3)).Select(l => Encoding.UTF8.GetBytes(string.Concat(l)));
        Prop.ForAll(input.ToArbitrary(), bytes =>
        {
            foreach (var options in FuzzTarget.Variants)
            {
                if (FuzzTarget.ReadsTheSameInChunks(bytes, options, [1 + (bytes.Length % 11), 37]) is { } problem)
                {
                    throw new AssertionException($"{problem.Message}\nfor:\n{Encoding.UTF8.GetString(bytes)}");
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithEndSize(60));
    }
}
