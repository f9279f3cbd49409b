using System.Text;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// A line number is an <see cref="int"/>: an input that goes on past the last line one can name (only some 2 GiB of
/// blank lines get there, which the CLI reads, having no file-size limit) stops there with an error, instead of
/// counting on into negative line numbers.
/// </summary>
public sealed class LineLimitTests
{
    private const string Zone = "$TTL 1h\na A 192.0.2.1\nb A 192.0.2.2\n\n; past the limit\nlate A 192.0.2.3\n";

    [Test]
    public void The_tokenizer_stops_at_the_last_line_it_can_name()
    {
        var tokenizer = new ZoneTokenizer(Encoding.UTF8.GetBytes(Zone), 1 << 20, 4 << 20, 0, ZoneTokenizer.MaxLine - 2);
        var entry = new Entry();
        var lines = new List<int>();
        while (tokenizer.ReadEntry(entry))
        {
            lines.Add(entry.Line);
        }

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(new[] { ZoneTokenizer.MaxLine - 2, ZoneTokenizer.MaxLine - 1, ZoneTokenizer.MaxLine }));
            Assert.That(tokenizer.LineLimitReached, Is.True);
            Assert.That(tokenizer.NextLine, Is.EqualTo(ZoneTokenizer.MaxLine));
        });
    }

    [Test]
    public void The_tokenizer_reads_to_the_end_when_the_last_line_is_the_last_it_can_name()
    {
        var tokenizer = new ZoneTokenizer(Encoding.UTF8.GetBytes("a A 192.0.2.1\nb A 192.0.2.2"), 1 << 20, 4 << 20, 0, ZoneTokenizer.MaxLine - 1);
        var entry = new Entry();
        int entries = 0;
        while (tokenizer.ReadEntry(entry))
        {
            entries++;
        }

        Assert.That((entries, tokenizer.LineLimitReached), Is.EqualTo((2, false)));
    }

    [Test]
    public void The_reader_keeps_the_records_before_the_limit_and_reports_where_it_stopped()
    {
        var reader = new MasterFileReader(ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });
        reader.Read(Encoding.UTF8.GetBytes(Zone), "big.zone", firstLine: ZoneTokenizer.MaxLine - 2);
        var parsed = reader.Finish();

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Zone.Records.Select(r => (r.Owner.ToString(), r.Location.Line)), Is.EqualTo(new[]
            {
                ("a.example.com.", ZoneTokenizer.MaxLine - 1),
                ("b.example.com.", ZoneTokenizer.MaxLine),
            }));
            Assert.That(parsed.Diagnostics.Select(d => (d.Id, d.Location.Line, d.Message)), Is.EqualTo(new[]
            {
                ("ZL0001", ZoneTokenizer.MaxLine, "the file has more than 2147483646 lines, the most a position can name; the rest is not read"),
            }));
        });
    }
}
