using System.Text;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using static ZoneLint.Tests.Parsing.ParserTestSupport;

namespace ZoneLint.Tests.Parsing;

/// <summary>The text level of RFC 1035 §5.1: parentheses, comments, quoted strings, escapes, line ends, the byte order mark.</summary>
public class LexicalTests
{
    private const string Soa = "example.com. 3600 IN SOA ns1.example.com. host.example.com. 2024010101 7200 3600 1209600 300";

    [TestCase("@ SOA ns1 host ( 2024010101 7200 3600 1209600 300 )", TestName = "Parentheses on one line")]
    [TestCase("@ SOA ns1 host (\n 2024010101\n 7200\n 3600\n 1209600\n 300\n )", TestName = "Parentheses across lines")]
    [TestCase("@ SOA ns1 host (\n2024010101\n7200 3600\n1209600 300 )", TestName = "Continuation lines may start in column 1")]
    [TestCase("@ SOA ( ns1 host 2024010101 7200 3600 1209600 300)", TestName = "Closing parenthesis glued to the last value")]
    [TestCase("@ SOA ns1 host 2024010101 (7200 3600) (1209600 300)", TestName = "Several parenthesised groups")]
    [TestCase("@ SOA ns1 host ( 2024010101 ; serial\n 7200 ; refresh ( not a paren\n 3600 1209600 ; \"not a quote\n 300 ) ; end", TestName = "Comments inside parentheses")]
    [TestCase("@\tSOA\tns1\thost\t(\t2024010101\t7200\t3600\t1209600\t300\t)", TestName = "Tabs as separators")]
    [TestCase("@ SOA ns1 host 2024010101 2h 1h 2w 5m", TestName = "SOA timers in TTL units")]
    public void Parentheses_join_lines(string soa) =>
        Assert.That(Clean(soa + "\n")[0].ToString(), Is.EqualTo(Soa));

    [Test]
    public void Comments_may_stand_anywhere()
    {
        var records = Clean("""
            ; a whole-line comment
            a A 192.0.2.1 ; after a record
                ; indented comment, not a record with an inherited owner
            b TXT "a;b" ; a semicolon inside quotes is text
            c TXT "x" ;no space before the comment
            ;
            d A 192.0.2.4;glued comment
            """);
        Assert.That(Lines(records), Is.EqualTo(new[]
        {
            "a.example.com. 3600 IN A 192.0.2.1",
            "b.example.com. 3600 IN TXT \"a;b\"",
            "c.example.com. 3600 IN TXT \"x\"",
            "d.example.com. 3600 IN A 192.0.2.4",
        }));
    }

    [TestCase("\"plain\"", new[] { "plain" })]
    [TestCase("unquoted", new[] { "unquoted" })]
    [TestCase("\"two words\" three", new[] { "two words", "three" })]
    [TestCase("\"\"", new[] { "" })]
    [TestCase("\"a\\\"b\"", new[] { "a\"b" })]
    [TestCase("\"back\\\\slash\"", new[] { "back\\slash" })]
    [TestCase("\"\\065\\066C\"", new[] { "ABC" })]
    [TestCase("\\065\\066C", new[] { "ABC" })]
    [TestCase("\"\\;not a comment\"", new[] { ";not a comment" })]
    [TestCase("\"(paren)\"", new[] { "(paren)" })]
    [TestCase("\"tab\there\"", new[] { "tab\there" })]
    [TestCase("\"\\x\\y\"", new[] { "xy" })]
    [TestCase("a\\ b", new[] { "a b" })]
    [TestCase("\"a string long enough to cross vectors \\\" and \\; still one\" after", new[] { "a string long enough to cross vectors \" and ; still one", "after" })]
    [TestCase("an-unquoted-word-well-past-sixteen-octets\\ with\\;escapes\\(here\\) next", new[] { "an-unquoted-word-well-past-sixteen-octets with;escapes(here)", "next" })]
    public void Quoted_strings_and_escapes(string rdata, string[] strings)
    {
        var txt = (TxtData)Last("t TXT " + rdata).Data;
        Assert.That(txt.Strings.Select(s => Encoding.Latin1.GetString(s.AsSpan())), Is.EqualTo(strings));
    }

    [Test]
    public void A_backslash_before_a_line_end_escapes_nothing()
    {
        var result = Parse(Header + "t TXT \"abc\\\nu TXT abc\\\nv TXT \"x\" w\\\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => (d.Location.Line, d.Location.Column)), Is.EqualTo(new[] { (3, 7) }), "the quote is not closed on its line");
            Assert.That(result.Diagnostics.Single().Message, Does.Contain("quoted string is not closed"));
            Assert.That(Lines(result.Zone.Records), Is.EqualTo(new[]
            {
                "u.example.com. 3600 IN TXT \"abc\\\\\"",
                "v.example.com. 3600 IN TXT \"x\" \"w\\\\\"",
            }));
        });
    }

    [Test]
    public void Equal_TXT_data_is_kept_once_unless_its_strings_have_positions_of_their_own()
    {
        var records = Clean("""
            a TXT "v=spf1 mx -all"
            b TXT   "v=spf1 mx -all"
            c TXT "v=spf1 " "mx -all"
            d TXT ( "v=spf1 mx -all" )
            e TXT ( "v=spf1 "
                    "mx -all" )
            f TXT v=spf1\ mx\ -all
            g TXT "v=spf1 mx -all"
            """);

        Assert.Multiple(() =>
        {
            Assert.That(records[1].Data, Is.SameAs(records[0].Data), "the same text, spaced differently");
            Assert.That(records[6].Data, Is.SameAs(records[0].Data));
            Assert.That(records[3].Data, Is.SameAs(records[0].Data), "in parentheses on one line");
            Assert.That(records[2].Data, Is.Not.SameAs(records[0].Data), "other strings, though the same joined text");
            Assert.That(records[4].Data, Is.Not.SameAs(records[2].Data), "strings on two lines keep their positions");
            Assert.That(records[5].Data, Is.Not.SameAs(records[0].Data), "unquoted with escapes keeps its source");
            Assert.That(records[5].Data, Is.EqualTo(records[0].Data));
            Assert.That(records[4].Data, Is.EqualTo(records[2].Data));
        });
    }

    [Test]
    public void Decimal_escapes_give_any_octet()
    {
        var txt = (TxtData)Last("t TXT \"\\000\\255\\127\"").Data;
        Assert.That(txt.Strings[0].ToArray(), Is.EqualTo(new byte[] { 0, 255, 127 }));
    }

    [Test]
    public void UTF8_text_is_kept_as_octets()
    {
        var txt = (TxtData)Last("t TXT \"café\"").Data;
        Assert.That(txt.Strings[0].ToArray(), Is.EqualTo("café"u8.ToArray()));
    }

    [Test]
    public void CRLF_line_ends_read_as_LF_with_the_same_positions()
    {
        const string Body = "a A 192.0.2.1\n  TXT ( \"x\"\n  \"y\" )\nb 300 MX 10 a\n";
        var lf = Parse(Header + Body + "c A bad\n");
        var crlf = Parse((Header + Body + "c A bad\n").Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.That(Lines(crlf.Zone.Records), Is.EqualTo(Lines(lf.Zone.Records)));
        Assert.That(crlf.Zone.Records.Select(r => r.Location), Is.EqualTo(lf.Zone.Records.Select(r => r.Location)));
        Assert.That(crlf.Diagnostics.Select(d => d.ToString()), Is.EqualTo(lf.Diagnostics.Select(d => d.ToString())));
        Assert.That(crlf.Diagnostics.Single().Location, Is.EqualTo(new SourceLocation(null, 7, 5)));
    }

    [Test]
    public void A_byte_order_mark_is_skipped_and_does_not_shift_columns()
    {
        byte[] text = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header + "a A 192.0.2.1\nb A x\n")];
        var result = ZoneParser.Parse(text);
        Assert.That(Lines(result.Zone.Records), Is.EqualTo(new[] { "a.example.com. 3600 IN A 192.0.2.1" }));
        Assert.That(result.Diagnostics.Single().Location, Is.EqualTo(new SourceLocation(null, 4, 5)));
        Assert.That(ZoneParser.Parse("\uFEFF$ORIGIN example.com.\n$TTL 1\n@ A 192.0.2.1\n").Diagnostics, Is.Empty);
    }

    [Test]
    public void Columns_count_characters_not_bytes()
    {
        var result = Parse(Header + "t TXT \"é€\" x\"\n");
        Assert.That(result.Diagnostics.Single().Location, Is.EqualTo(new SourceLocation(null, 3, 13)));
    }

    [Test]
    public void A_line_of_only_blanks_or_a_comment_is_no_record()
    {
        var records = Clean("a A 192.0.2.1\n   \n\t\n  ; comment\n \t ; comment\nb A 192.0.2.2\n");
        Assert.That(records, Has.Count.EqualTo(2));
    }

    [Test]
    public void Escaped_names_in_RDATA()
    {
        var record = Last(@"a CNAME b\.c\046d\100");
        Assert.That(record.Data.ToString(), Is.EqualTo(@"b\.c\.dd.example.com."));
    }
}
