using ZoneLint.Parsing;
using static ZoneLint.Tests.Parsing.ParserTestSupport;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// Every class of parser diagnostic (ZL0001–ZL0009): its ID, where it points (<c>[|</c> in the snippet), a message that
/// says what was expected and what was found, and that the good records after it (owners <c>ok…</c>) are still read.
/// </summary>
public class ParserErrorTests
{
    private const string H = "$ORIGIN example.com.\n$TTL 3600\n";

    private static IEnumerable<TestCaseData> Cases()
    {
        static TestCaseData Case(string name, string id, string markup, params string[] fragments) =>
            new TestCaseData(id, markup, fragments).SetName(name);

        // ZL0001: syntax.
        yield return Case("ZL0001 garbage after the RDATA", "ZL0001", H + "www A 192.0.2.1 [|extra\nok A 192.0.2.9\n", "unexpected 'extra'", "after the RDATA of this A record");
        yield return Case("ZL0001 unknown directive", "ZL0001", H + "[|$ORIGINS example.net.\nok A 192.0.2.9\n", "unknown directive '$ORIGINS'", "expected $ORIGIN, $TTL, $INCLUDE or $GENERATE");
        yield return Case("ZL0001 unterminated quote", "ZL0001", H + "t TXT [|\"no end\nok A 192.0.2.9\n", "quoted string is not closed on its line", "a '\"' was expected");
        yield return Case("ZL0001 unterminated quote inside parentheses", "ZL0001", H + "t TXT ( \"a\"\n  [|\"no end\n  )\nok A 192.0.2.9\n", "quoted string is not closed on its line");
        yield return Case("ZL0001 unterminated quote swallowing the closing parenthesis", "ZL0001", H + "t TXT ( [|\"no end )\nok A 192.0.2.9\nok2 SOA ns1 host ( 1 2 3 4 5 )\n", "quoted string is not closed on its line");
        yield return Case("ZL0001 unclosed parenthesis at the end", "ZL0001", H + "t TXT [|( \"a\"\nok A 192.0.2.9\nok2 A 192.0.2.10\n", "'(' is never closed", "a ')' was expected");
        yield return Case("ZL0001 unclosed parenthesis before an unterminated quote", "ZL0001", H + "t TXT [|( \"a\"\nok A 192.0.2.9\nok2 TXT \"x\"\n", "'(' is never closed");
        yield return Case("ZL0001 closing parenthesis without opening", "ZL0001", H + "t A 192.0.2.1 [|)\nok A 192.0.2.9\n", "')' without a matching '('");
        yield return Case("ZL0001 nested parentheses", "ZL0001", H + "t TXT ( \"a\" [|( \"b\" ) )\nok A 192.0.2.9\n", "parentheses do not nest");
        yield return Case("ZL0001 bad TTL", "ZL0001", H + "t [|1x A 192.0.2.1\nok A 192.0.2.9\n", "'1x' is not a TTL", "expected seconds, or units");
        yield return Case("ZL0001 bad $TTL", "ZL0001", H + "$TTL [|1h30\nok A 192.0.2.9\n", "'1h30' is not a TTL");
        yield return Case("ZL0001 $TTL without value", "ZL0001", H + "$TTL[|\nok A 192.0.2.9\n", "$TTL needs a TTL value");
        yield return Case("ZL0001 record without type", "ZL0001", H + "t 300 IN[|\nok A 192.0.2.9\n", "record ends early", "a type (such as A, MX or TXT) was expected");
        yield return Case("ZL0001 first record without owner", "ZL0001", H + "  [|A 192.0.2.1\nok A 192.0.2.9\n", "the first record has no owner");

        // ZL0002: RDATA.
        yield return Case("ZL0002 bad IPv4", "ZL0002", H + "t A [|192.0.2.256\nok A 192.0.2.9\n", "'192.0.2.256' is not an IPv4 address");
        yield return Case("ZL0002 bad IPv6", "ZL0002", H + "t AAAA [|2001:db8::g\nok A 192.0.2.9\n", "'2001:db8::g'");
        yield return Case("ZL0002 number expected", "ZL0002", H + "t MX [|ten mail\nok A 192.0.2.9\n", "must be a number from 0 to 65535", "found 'ten'");
        yield return Case("ZL0002 RDATA ends early", "ZL0002", H + "t MX 10[|\nok A 192.0.2.9\n", "MX record ends early", "was expected");
        yield return Case("ZL0002 character-string over 255", "ZL0002", H + "t TXT [|" + new string('x', 256) + "\nok A 192.0.2.9\n", "256 octets long", "at most 255");
        yield return Case("ZL0002 bad escape in a string", "ZL0002", H + "t TXT [|\"a\\256\"\nok A 192.0.2.9\n", "bad escape", "three digits 000-255");
        yield return Case("ZL0002 A in generic form of the wrong length", "ZL0002", H + "t A [|\\# 5 0A00000100\nok A 192.0.2.9\n", "not valid A data", "left over");
        yield return Case("ZL0002 RDATA too long for a message", "ZL0002", H + "t TXT ( [|" + string.Join(' ', Enumerable.Repeat(new string('y', 254), 258)) + " )\nok A 192.0.2.9\n", "65790 octets", "over 65512");

        // ZL0003: type, class, RFC 3597.
        yield return Case("ZL0003 unknown type", "ZL0003", H + "t [|FOO 1\nok A 192.0.2.9\n", "unknown type 'FOO'", "expected a type mnemonic");
        yield return Case("ZL0003 other class", "ZL0003", H + "t [|CH A 192.0.2.1\nok A 192.0.2.9\n", "class CH does not match the zone's class IN");
        yield return Case("ZL0003 meta type", "ZL0003", H + "t [|TSIG \\# 0\nok A 192.0.2.9\n", "type TSIG is a meta or query type");
        yield return Case("ZL0003 generic length mismatch", "ZL0003", H + "t TYPE65280 \\# [|3 0102\nok A 192.0.2.9\n", "announces 3 octets of RDATA but 2 follow");
        yield return Case("ZL0003 generic length not a number", "ZL0003", H + "t TYPE65280 \\# [|cat 01\nok A 192.0.2.9\n", "'cat' is not a valid number for the RDATA length");
        yield return Case("ZL0003 generic bad hex", "ZL0003", H + "t TYPE65280 \\# 3 [|ABCDEZ\nok A 192.0.2.9\n", "not valid hexadecimal");
        yield return Case("ZL0003 unknown type without generic RDATA", "ZL0003", H + "t TYPE65280 [|0102\nok A 192.0.2.9\n", "TYPE65280 has no known text form", "'\\# length hex'");

        // ZL0004: names.
        yield return Case("ZL0004 label over 63", "ZL0004", H + "[|" + new string('a', 64) + " A 192.0.2.1\nok A 192.0.2.9\n", "label longer than 63 octets");
        yield return Case("ZL0004 name over 255", "ZL0004", H + "t CNAME [|" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".\nok A 192.0.2.9\n", "longer than 255 octets");
        yield return Case("ZL0004 empty label", "ZL0004", H + "[|a..b A 192.0.2.1\nok A 192.0.2.9\n", "'a..b' has an empty label");
        yield return Case("ZL0004 bad decimal escape", "ZL0004", H + "[|a\\300 A 192.0.2.1\nok A 192.0.2.9\n", "bad escape", "three digits 000-255");
        yield return Case("ZL0004 relative name without origin", "ZL0004", "$TTL 1\nok. A 192.0.2.8\n[|www A 192.0.2.1\nok.example.com. A 192.0.2.9\n", "'www' is relative but no origin is known");
        yield return Case("ZL0004 at sign without origin", "ZL0004", "$TTL 1\n[|@ A 192.0.2.1\nok.example.com. A 192.0.2.9\n", "'@' used in the owner name but no origin is known");
        yield return Case("ZL0004 bad name in RDATA", "ZL0004", H + "t MX 10 [|mail..x\nok A 192.0.2.9\n", "bad mail exchange", "'mail..x' has an empty label");

        // ZL0005: $INCLUDE (the cases that need files are below).
        yield return Case("ZL0005 include not granted", "ZL0005", H + "$INCLUDE [|other.db\nok A 192.0.2.9\n", "$INCLUDE is not allowed here", "no include root was granted");
        yield return Case("ZL0005 include without file", "ZL0005", H + "$INCLUDE[|\nok A 192.0.2.9\n", "$INCLUDE needs a file name");

        // ZL0006: TTLs.
        yield return Case("ZL0006 no TTL known", "ZL0006", "$ORIGIN example.com.\n[|www A 192.0.2.1\nok 60 A 192.0.2.9\n", "no TTL is known for this A record", "put $TTL before it");
        yield return Case("ZL0006 TTL over 2^31-1", "ZL0006", H + "t [|2147483648 A 192.0.2.1\nok A 192.0.2.9\n", "TTL 2147483648 is over 2147483647");
        yield return Case("ZL0006 $TTL over 2^31-1", "ZL0006", H + "$TTL [|3w25000d\nok A 192.0.2.9\n", "is over 2147483647");

        // ZL0007: out of zone (a warning; the record is dropped).
        yield return Case("ZL0007 owner outside the zone", "ZL0007", H + "@ SOA ns1 host 1 2 3 4 5\n[|www.example.org. A 192.0.2.1\nok A 192.0.2.9\n", "'www.example.org.' is outside the zone 'example.com.'");

        // ZL0008: $GENERATE.
        yield return Case("ZL0008 range reversed", "ZL0008", H + "$GENERATE [|9-1 h$ A 192.0.2.$\nok A 192.0.2.9\n", "invalid range '9-1'", "start-stop");
        yield return Case("ZL0008 range with a bad step", "ZL0008", H + "$GENERATE [|1-3/0 h$ A 192.0.2.$\nok A 192.0.2.9\n", "invalid range '1-3/0'", "step ≥ 1");
        yield return Case("ZL0008 range with a missing step", "ZL0008", H + "$GENERATE [|1-3/ h$ A 192.0.2.$\nok A 192.0.2.9\n", "invalid range '1-3/'");
        yield return Case("ZL0008 range over the limit", "ZL0008", H + "$GENERATE [|0-2000000 h$ A 192.0.2.1\nok A 192.0.2.9\n", "would make 2000001 records", "over the limit of 1048576");
        yield return Case("ZL0008 bad modifier", "ZL0008", H + "[|$GENERATE 0-7 h$ A 192.0.2.${1,0,q}\nok A 192.0.2.9\n", "syntax error in modifier '${1,0,q}'", "base d, o, x, X, n or N");
        yield return Case("ZL0008 missing brace", "ZL0008", H + "[|$GENERATE 0-7 h${1 A 192.0.2.1\nok A 192.0.2.9\n", "'${' is not closed by '}'");
        yield return Case("ZL0008 value out of range", "ZL0008", H + "[|$GENERATE 1-1 h$ TXT foo${2147483647}\nok A 192.0.2.9\n", "out of range", "over 2147483647");
        yield return Case("ZL0008 too few fields", "ZL0008", H + "[|$GENERATE 1-2 h$ A\nok A 192.0.2.9\n", "$GENERATE needs a range, a left-hand side, a type and a right-hand side");
        yield return Case("ZL0008 generated record errors once", "ZL0002", H + "[|$GENERATE 1-9 h$ A 192.0.2.$.$\nok A 192.0.2.9\n", "$GENERATE value 1:", "is not an IPv4 address");

        // ZL0009: inherited owner right after $ORIGIN (a warning; the record is kept).
        yield return Case("ZL0009 inherited owner after ORIGIN", "ZL0009", H + "b A 192.0.2.1\n$ORIGIN sub.example.com.\n  [|A 192.0.2.2\nok.example.com. A 192.0.2.9\n", "inherits the owner 'b.example.com.'", "the $ORIGIN on line 4", "'sub.example.com.'", "write the owner explicitly");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reports_and_resynchronises(string id, string markup, string[] fragments) => ExpectOne(id, markup, fragments);

    [Test]
    public void Every_parser_diagnostic_has_a_case()
    {
        var covered = Cases().Select(c => (string)c.Arguments[0]!).ToHashSet();
        Assert.That(new[] { "ZL0001", "ZL0002", "ZL0003", "ZL0004", "ZL0005", "ZL0006", "ZL0007", "ZL0008", "ZL0009" }.Where(id => !covered.Contains(id)), Is.Empty);
    }

    [Test]
    public void An_unclosed_parenthesis_is_reported_once_and_the_records_after_it_are_read()
    {
        var result = Parse(H + "a TXT ( \"x\"\nb A 192.0.2.1\nc TXT \"unterminated\nd A 192.0.2.2\n  A 192.0.2.3\n");
        Assert.That(result.Diagnostics.Select(d => $"{d.Id}({d.Location.Line},{d.Location.Column}) {d.Message}"), Is.EqualTo(new[]
        {
            "ZL0001(3,7) '(' is never closed: a ')' was expected before the end of the file",
            "ZL0001(5,7) quoted string is not closed on its line: a '\"' was expected",
        }), Show(result));
        Assert.That(result.Zone.Records.Select(r => r.ToString()), Is.EqualTo(new[]
        {
            "b.example.com. 3600 IN A 192.0.2.1",
            "d.example.com. 3600 IN A 192.0.2.2",
            "d.example.com. 3600 IN A 192.0.2.3",
        }), Show(result));
    }

    [Test]
    public void A_pragma_inside_a_rescanned_region_is_kept_once()
    {
        var result = Parse(H + "a TXT ( \"x\"\n; zonelint disable-next-line ZL1001\nb A 192.0.2.1\n");
        Assert.That(result.Zone.Pragmas, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_record_inheriting_an_unreadable_owner_says_so()
    {
        var result = Parse(H + "a..b A 192.0.2.1\n  A 192.0.2.2\nok A 192.0.2.9\n  A 192.0.2.10\n");
        Assert.That(result.Diagnostics.Select(d => $"{d.Id}({d.Location.Line},{d.Location.Column}) {d.Message}"), Is.EqualTo(new[]
        {
            "ZL0004(3,1) bad owner name: 'a..b' has an empty label (two dots in a row, or a leading dot)",
            "ZL0001(4,3) this record inherits the owner of the record before it, which could not be read",
        }));
        Assert.That(result.Zone.Records, Has.Count.EqualTo(2));
    }

    [Test]
    public void Control_characters_are_shown_escaped_in_messages()
    {
        var result = Parse(H + "www A 192.0.2.1\0extra\nok A 192.0.2.9\n");
        Assert.That(result.Diagnostics.Single().Message, Does.StartWith("'192.0.2.1\\000extra' is not an IPv4 address"));
    }

    [Test]
    public void Many_errors_are_all_reported()
    {
        var result = Parse(H + "a A 1\nb A 2\nc A 3\nok A 192.0.2.9\n");
        Assert.That(result.Diagnostics.Select(d => d.Location.Line), Is.EqualTo(new[] { 3, 4, 5 }));
        Assert.That(result.Zone.Records, Has.Count.EqualTo(1));
    }

    [Test]
    public void Include_errors()
    {
        using var tree = new TempTree();
        tree.Write("loop.db", "$INCLUDE loop.db\n");
        tree.Write("dir/.keep", string.Empty);
        string outside = Path.Combine(Path.GetTempPath(), "zonelint-outside-" + Guid.NewGuid().ToString("N") + ".db");
        File.WriteAllText(outside, "x A 192.0.2.1\n");
        try
        {
            string main = tree.Write("main.db", H + $"$INCLUDE missing.db\n$INCLUDE loop.db\n$INCLUDE dir\n$INCLUDE {outside}\n$INCLUDE ok.db example.com. extra\nok A 192.0.2.9\n");
            tree.Write("ok.db", "ok2 A 192.0.2.8\n");
            var result = ZoneParser.ParseFile(main, tree.Options);
            var shown = Show(result);
            Assert.That(result.Diagnostics.Select(d => $"{d.Id} {Path.GetFileName(d.Location.File)}({d.Location.Line},{d.Location.Column})"), Is.EqualTo(new[]
            {
                "ZL0005 main.db(3,10)",
                "ZL0005 loop.db(1,10)",
                "ZL0005 main.db(5,10)",
                "ZL0005 main.db(6,10)",
                "ZL0001 main.db(7,29)",
            }), shown);
            Assert.That(result.Diagnostics[0].Message, Does.Contain("'").And.Contain("missing.db' does not exist"), shown);
            Assert.That(result.Diagnostics[1].Message, Does.Contain("$INCLUDE cycle: loop.db → loop.db"), shown);
            Assert.That(result.Diagnostics[2].Message, Does.Contain("is a directory, not a file"), shown);
            Assert.That(result.Diagnostics[3].Message, Does.Contain("outside the allowed include root"), shown);
            Assert.That(result.Diagnostics[4].Message, Does.Contain("unexpected 'extra' after the $INCLUDE origin"), shown);
            Assert.That(result.Zone.Records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "ok2.example.com.", "ok.example.com." }), shown);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Test]
    public void Include_depth_is_limited()
    {
        using var tree = new TempTree();
        for (int i = 0; i < 5; i++)
        {
            tree.Write($"d{i}.db", $"$INCLUDE d{i + 1}.db\n");
        }

        tree.Write("d5.db", "deep A 192.0.2.1\n");
        string main = tree.Write("main.db", H + "$INCLUDE d0.db\nok A 192.0.2.9\n");
        var result = ZoneParser.ParseFile(main, tree.Options with { MaxIncludeDepth = 3 });
        Assert.That(result.Diagnostics.Select(d => d.Id + " " + d.Message), Is.EqualTo(new[] { "ZL0005 $INCLUDE nests deeper than the limit of 3" }), Show(result));
        Assert.That(result.Zone.Records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "ok.example.com." }));
    }

    [Test]
    public void Includes_are_limited_in_number_so_that_nested_fan_outs_end()
    {
        // Each level includes the next ten times: eight levels would be 10^8 reads. With a limit of 50 the reads go
        // main → l1 → … → l8, the rest of that l7's ten, then three more l7s from l6: 50 files, 40 of them l8.
        using var tree = BombTree(levels: 8);
        var result = ZoneParser.ParseFile(Path.Combine(tree.Root, "main.db"), tree.Options with { MaxIncludes = 50 });
        Assert.That(result.Diagnostics.Select(d => $"{d.Id} {Path.GetFileName(d.Location.File)}({d.Location.Line}) {d.Message}"), Is.EqualTo(new[]
        {
            "ZL0005 l6.db(5) $INCLUDE refused: the zone has read 50 included files, the limit; this and every later $INCLUDE of the zone are not read",
        }));
        Assert.That(result.Zone.Records.Count(r => r.Owner.ToString() == "x.example.com."), Is.EqualTo(40));
        Assert.That(result.Zone.Records.Select(r => r.Owner.ToString()), Does.Contain("after.example.com."), "records after the refused $INCLUDE are read");
    }

    [Test]
    public void By_default_a_zone_reads_at_most_10000_included_files()
    {
        using var tree = BombTree(levels: 5);
        var result = ZoneParser.ParseFile(Path.Combine(tree.Root, "main.db"), tree.Options);
        Assert.That(result.Diagnostics.Select(d => d.Message), Is.EqualTo(new[]
        {
            "$INCLUDE refused: the zone has read 10,000 included files, the limit; this and every later $INCLUDE of the zone are not read",
        }));
        Assert.That(result.Zone.Records.Count(r => r.Owner.ToString() == "x.example.com."), Is.EqualTo(9_000), "the l5 files among the first 10,000 read, depth first");
    }

    /// <summary>main.db includes l1.db ten times, each level the next ten times, and the last has one record.</summary>
    private static TempTree BombTree(int levels)
    {
        var tree = new TempTree();
        string Includes(int level) => string.Concat(Enumerable.Repeat($"$INCLUDE l{level}.db\n", 10));
        tree.Write("main.db", H + "@ SOA ns1 host 1 2 3 4 5\n" + Includes(1) + "after A 192.0.2.2\n");
        for (int level = 1; level < levels; level++)
        {
            tree.Write($"l{level}.db", Includes(level + 1));
        }

        tree.Write($"l{levels}.db", "x A 192.0.2.1\n");
        return tree;
    }

    [Test]
    public void Inherited_owner_warnings_follow_BIND()
    {
        using var tree = new TempTree();
        tree.Write("inherit.db", "\tNS ns1\n");
        var withOrigin = ZoneParser.ParseFile(tree.Write("a.db", H + "@ SOA ns1 host 1 2 3 4 5\n$INCLUDE inherit.db @\n"), tree.Options);
        var afterOrigin = ZoneParser.ParseFile(tree.Write("b.db", H + "@ SOA ns1 host 1 2 3 4 5\n$ORIGIN @\n$INCLUDE inherit.db\n"), tree.Options);
        var plain = ZoneParser.ParseFile(tree.Write("c.db", H + "@ SOA ns1 host 1 2 3 4 5\n$INCLUDE inherit.db\n"), tree.Options);
        var explicitOwner = Parse(H + "@ SOA ns1 host 1 2 3 4 5\n$ORIGIN sub\n@ A 192.0.2.1\n  A 192.0.2.2\n");
        Assert.That(withOrigin.Diagnostics.Select(d => $"{d.Id} {Path.GetFileName(d.Location.File)}({d.Location.Line},{d.Location.Column})"), Is.EqualTo(new[] { "ZL0009 inherit.db(1,2)" }));
        Assert.That(withOrigin.Diagnostics[0].Message, Does.Contain("the $INCLUDE on line 4 of a.db"));
        Assert.That(afterOrigin.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0009" }));
        Assert.That(afterOrigin.Diagnostics[0].Message, Does.Contain("the $ORIGIN on line 4 of b.db"));
        Assert.That(plain.Diagnostics, Is.Empty);
        Assert.That(explicitOwner.Diagnostics, Is.Empty);
        Assert.That(withOrigin.Zone.Records.Select(r => r.ToString()), Is.EqualTo(plain.Zone.Records.Select(r => r.ToString())));
    }
}
