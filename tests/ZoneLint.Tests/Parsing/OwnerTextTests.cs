using System.Text;
using ZoneLint.Parsing;
using static ZoneLint.Tests.Parsing.ParserTestSupport;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// Owners read as their own entries say, whatever the entries around them hold: directives between entries, spellings
/// that differ by case, bad, long, escaped or quoted owners, chunk ends. (Guards for any change that reads owners
/// before their entry: the thirtieth round read each one an entry ahead, to fetch its place in the name table early,
/// and put it back when it gained nothing; the first two tests here fail when an owner read ahead keeps the origin of
/// the entry before it.)
/// </summary>
public class OwnerTextTests
{
    [Test]
    public void An_owner_after_an_origin_change_is_completed_with_the_new_origin()
    {
        // A reader that reads owners ahead meets "mail" and "ftp" while the $ORIGIN before each is the entry being read.
        var records = CleanText("$ORIGIN example.com.\n$TTL 3600\n@ SOA ns host 1 2 3 4 5\nwww A 192.0.2.1\n$ORIGIN sub.example.com.\nmail A 192.0.2.2\n$ORIGIN example.com.\nftp A 192.0.2.3\n");
        Assert.That(records.Skip(1).Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "www.example.com.", "mail.sub.example.com.", "ftp.example.com." }));
    }

    [Test]
    public void Owners_in_and_after_an_included_file_are_completed_with_their_own_origins()
    {
        using var tree = new TempTree();
        tree.Write("part.zone", "$ORIGIN inner.example.com.\nweb A 192.0.2.9\n");
        string main = tree.Write("main.zone", "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns host 1 2 3 4 5\n$INCLUDE part.zone\nmail A 192.0.2.1\n");
        var result = ZoneParser.ParseFile(main, tree.Options);
        Assert.That(result.Zone.Records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "example.com.", "web.inner.example.com.", "mail.example.com." }), Show(result));
    }

    [Test]
    public void Owners_that_differ_only_by_case_keep_their_spellings()
    {
        var records = Clean("Www A 192.0.2.1\nwww A 192.0.2.2\nWWW A 192.0.2.3\nwww A 192.0.2.4\n");
        Assert.Multiple(() =>
        {
            Assert.That(records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "Www.example.com.", "www.example.com.", "WWW.example.com.", "www.example.com." }));
            Assert.That(records[3].Owner, Is.SameAs(records[1].Owner), "one instance of a spelling");
        });
    }

    [TestCase("a..b", "empty label")]
    [TestCase("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd", "63")]
    public void A_bad_owner_read_ahead_is_reported_where_it_is_and_the_next_lines_read(string owner, string reason)
    {
        var result = Parse(Header + "ok A 192.0.2.1\n" + owner + " A 192.0.2.2\nnext A 192.0.2.3\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Has.Length.EqualTo(1), Show(result));
            Assert.That(result.Diagnostics[0].Message, Does.Contain("bad owner name").And.Contain(reason));
            Assert.That((result.Diagnostics[0].Location.Line, result.Diagnostics[0].Location.Column), Is.EqualTo((4, 1)));
            Assert.That(Lines(result.Zone.Records), Is.EqualTo(new[] { "ok.example.com. 3600 IN A 192.0.2.1", "next.example.com. 3600 IN A 192.0.2.3" }));
        });
    }

    [Test]
    public void Owners_too_long_or_escaped_to_read_ahead_read_as_any_other()
    {
        string longOwner = string.Join('.', Enumerable.Repeat("label-of-twenty-chars", 5));
        var records = Clean(longOwner + " A 192.0.2.1\nes\\.caped A 192.0.2.2\n\"quoted\" A 192.0.2.3\n");
        Assert.That(records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { longOwner + ".example.com.", "es\\.caped.example.com.", "quoted.example.com." }));
    }

    [Test]
    public void Owners_read_ahead_across_chunk_ends_read_as_in_one_piece()
    {
        var text = new StringBuilder(Header + "@ SOA ns host 1 2 3 4 5\n");
        for (int i = 0; i < 400; i++)
        {
            text.Append(i % 3 == 0 ? "  TXT \"same owner\"\n" : $"h{i} A 192.0.2.{i % 250}\n");
        }

        using var tree = new TempTree();
        string file = tree.Write("chunked.zone", text.ToString());
        var whole = Parse(text.ToString());
        var chunked = ZoneParser.ParseFile(file, new ZoneParseOptions { ReadChunkBytes = 97 });
        Assert.Multiple(() =>
        {
            Assert.That(chunked.Diagnostics, Is.Empty, Show(chunked));
            Assert.That(Lines(chunked.Zone.Records), Is.EqualTo(Lines(whole.Zone.Records)));
        });
    }
}
