using System.Text;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using static ZoneLint.Tests.Parsing.ParserTestSupport;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// A record's owner, whatever happens to the record after it is read: the one the next lines inherit, one instance with
/// every other mention of the name, and the zone's origin when an SOA without one names it; and read as its own entry
/// says, whatever the entries around it hold: directives between entries, spellings that differ by case, bad, long,
/// escaped or quoted owners, chunk ends. (Guards for any change to when the reader looks owners up: the twenty-ninth
/// round tried looking them up after the record's data, the thirtieth reading each one an entry ahead; the two tests
/// about origins fail when an owner read ahead keeps the origin of the entry before it.)
/// </summary>
public class OwnerLookupTests
{
    private static IEnumerable<TestCaseData> FailuresAfterTheOwner()
    {
        static TestCaseData Case(string name, string failing) => new TestCaseData(failing).SetName("An owner whose record fails is inherited: " + name);

        yield return Case("bad TTL", "fail 1x A 192.0.2.1");
        yield return Case("no type", "fail 300 IN");
        yield return Case("unknown type", "fail BOGUS 192.0.2.1");
        yield return Case("meta type", "fail ANY 192.0.2.1");
        yield return Case("bad RDATA", "fail A 192.0.2.256");
        yield return Case("text after the RDATA", "fail A 192.0.2.1 extra");
        yield return Case("RDATA with a bad name", "fail MX 10 bad..name");
    }

    [TestCaseSource(nameof(FailuresAfterTheOwner))]
    public void The_next_line_inherits_the_owner_of_a_record_that_failed(string failing)
    {
        var result = Parse(Header + failing + "\n  AAAA 2001:db8::1\nfail TXT \"again\"\n");
        var records = result.Zone.Records;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Has.Length.EqualTo(1), Show(result));
            Assert.That(Lines(records), Is.EqualTo(new[] { "fail.example.com. 3600 IN AAAA 2001:db8::1", "fail.example.com. 3600 IN TXT \"again\"" }));
            Assert.That(records[0].Owner, Is.SameAs(records[1].Owner), "one instance of the name");
        });
    }

    [Test]
    public void An_owner_outside_the_zone_stays_the_owner_of_the_lines_that_inherit_it()
    {
        var result = Parse(Header + "@ SOA ns host 1 2 3 4 5\nout.example.net. A 192.0.2.1\n  A 192.0.2.2\nin A 192.0.2.3\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.Message).ToArray(), Has.Length.EqualTo(2).And.All.Contains("'out.example.net.' is outside the zone"), Show(result));
            Assert.That(Lines(result.Zone.Records).Skip(1), Is.EqualTo(new[] { "in.example.com. 3600 IN A 192.0.2.3" }));
        });
    }

    [Test]
    public void An_owner_named_in_its_own_data_is_one_instance_with_it()
    {
        var records = Clean("h SRV 0 0 5060 h\n_sip._tcp.h SRV 0 0 5060 h\nh A 192.0.2.1\n");
        Assert.Multiple(() =>
        {
            Assert.That(((SrvData)records[0].Data).Target, Is.SameAs(records[0].Owner));
            Assert.That(((SrvData)records[1].Data).Target, Is.SameAs(records[0].Owner));
            Assert.That(records[2].Owner, Is.SameAs(records[0].Owner));
        });
    }

    [Test]
    public void The_owner_of_an_SOA_read_without_an_origin_is_the_origin_for_its_own_data()
    {
        var records = CleanText("$TTL 300\nexample.com. SOA ns host 1 2 3 4 5\nwww A 192.0.2.1\n");
        Assert.Multiple(() =>
        {
            Assert.That(((SoaData)records[0].Data).PrimaryServer.ToString(), Is.EqualTo("ns.example.com."));
            Assert.That(records[1].Owner.ToString(), Is.EqualTo("www.example.com."));
        });
    }

    [Test]
    public void Generated_owners_are_looked_up_as_written_ones_are()
    {
        var records = Clean("$GENERATE 1-3 h$ A 192.0.2.$\nh2 TXT \"written\"\n");
        Assert.Multiple(() =>
        {
            Assert.That(records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "h1.example.com.", "h2.example.com.", "h3.example.com.", "h2.example.com." }));
            Assert.That(records[3].Owner, Is.SameAs(records[1].Owner));
        });
    }

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
