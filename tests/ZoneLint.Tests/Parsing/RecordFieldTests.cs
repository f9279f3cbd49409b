using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using static ZoneLint.Tests.Parsing.ParserTestSupport;

namespace ZoneLint.Tests.Parsing;

/// <summary>The fields before the type (RFC 1035 §5.1): owner, TTL and class, and how missing ones are filled in.</summary>
public class RecordFieldTests
{
    [TestCase("www A 192.0.2.1", "www.example.com.", TestName = "Owner relative to the origin")]
    [TestCase("www.example.com. A 192.0.2.1", "www.example.com.", TestName = "Owner absolute")]
    [TestCase("@ A 192.0.2.1", "example.com.", TestName = "Owner @ is the origin")]
    [TestCase("a.b.c A 192.0.2.1", "a.b.c.example.com.", TestName = "Owner with several relative labels")]
    [TestCase("WWW A 192.0.2.1", "WWW.example.com.", TestName = "Owner keeps its case")]
    [TestCase("*.w A 192.0.2.1", "*.w.example.com.", TestName = "Owner wildcard")]
    [TestCase(@"a\.b A 192.0.2.1", @"a\.b.example.com.", TestName = "Owner escaped dot stays inside the label")]
    [TestCase(@"\097\098c A 192.0.2.1", "abc.example.com.", TestName = "Owner decimal escapes")]
    [TestCase(@"a\032b A 192.0.2.1", @"a\032b.example.com.", TestName = "Owner escaped space")]
    [TestCase(@"\@ A 192.0.2.1", @"\@.example.com.", TestName = "Owner escaped at sign is a label, not the origin")]
    [TestCase("_sip._tcp SRV 0 0 5060 sip", "_sip._tcp.example.com.", TestName = "Owner with underscores")]
    public void Owner_forms(string line, string owner) =>
        Assert.That(Last(line).Owner.ToString(), Is.EqualTo(owner));

    [Test]
    public void Escaped_owner_labels_are_stored_as_octets()
    {
        var records = Clean("a\\.b A 192.0.2.1\n\\065\\.\\066 A 192.0.2.2\n");
        Assert.That(records[0].Owner.LabelCount, Is.EqualTo(3));
        Assert.That(records[0].Owner.GetLabel(0).ToArray(), Is.EqualTo("a.b"u8.ToArray()));
        byte[] expected = [3, (byte)'A', (byte)'.', (byte)'B', 7, .. "example"u8.ToArray(), 3, .. "com"u8.ToArray(), 0];
        Assert.That(records[1].Owner.Wire.ToArray(), Is.EqualTo(expected));
    }

    [TestCase(" ", TestName = "Inherited owner after a space")]
    [TestCase("\t", TestName = "Inherited owner after a tab")]
    [TestCase("   \t ", TestName = "Inherited owner after mixed blanks")]
    public void A_line_starting_with_white_space_repeats_the_previous_owner(string blank)
    {
        var records = Clean($"mail A 192.0.2.1\n{blank}AAAA 2001:db8::1\n{blank}300 TXT \"x\"\nwww A 192.0.2.2\n{blank}TXT \"y\"\n");
        Assert.That(records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "mail.example.com.", "mail.example.com.", "mail.example.com.", "www.example.com.", "www.example.com." }));
    }

    [Test]
    public void The_inherited_owner_is_the_last_stated_one_even_across_comments_and_blank_lines()
    {
        var records = Clean("mail A 192.0.2.1\n; a comment\n\n   \n  AAAA 2001:db8::1\n");
        Assert.That(records[1].Owner.ToString(), Is.EqualTo("mail.example.com."));
    }

    [Test]
    public void An_included_file_inherits_the_owner_and_the_owner_is_restored_after_it()
    {
        using var tree = new TempTree();
        tree.Write("inc.db", "  TXT \"in include, inherited\"\nother TXT \"changes the owner inside\"\n");
        string main = tree.Write("main.db", Header + "@ SOA ns1 host 1 2 3 4 5\nmail A 192.0.2.1\n$INCLUDE inc.db\n  TXT \"after include\"\n");
        var result = ZoneParser.ParseFile(main, tree.Options);
        Assert.That(result.Diagnostics, Is.Empty, Show(result));
        Assert.That(result.Zone.Records.Skip(2).Select(r => $"{r.Owner} {r.Data}"), Is.EqualTo(new[]
        {
            "mail.example.com. \"in include, inherited\"",
            "other.example.com. \"changes the owner inside\"",
            "mail.example.com. \"after include\"",
        }));
    }

    [TestCase("a 300 IN A 192.0.2.1", 300u, true, TestName = "TTL then class")]
    [TestCase("a IN 300 A 192.0.2.1", 300u, true, TestName = "Class then TTL")]
    [TestCase("a 300 A 192.0.2.1", 300u, true, TestName = "TTL without class")]
    [TestCase("a IN A 192.0.2.1", 3600u, false, TestName = "Class without TTL")]
    [TestCase("a A 192.0.2.1", 3600u, false, TestName = "Neither TTL nor class")]
    [TestCase("a in 1h a 192.0.2.1", 3600u, true, TestName = "Class and type in lower case")]
    [TestCase("a CLASS1 300 A 192.0.2.1", 300u, true, TestName = "Class in RFC 3597 form")]
    [TestCase("  300 IN A 192.0.2.1", 300u, true, TestName = "TTL and class with an inherited owner")]
    [TestCase("  IN 300 A 192.0.2.1", 300u, true, TestName = "Class and TTL with an inherited owner")]
    public void TTL_and_class_come_in_either_order_and_are_optional(string line, uint ttl, bool explicitTtl)
    {
        var record = Last("a TXT \"first\"\n" + line);
        Assert.That((record.Type, record.Class, record.Ttl, record.HasExplicitTtl), Is.EqualTo((RRType.A, RRClass.IN, ttl, explicitTtl)));
    }

    [TestCase("0", 0UL)]
    [TestCase("86400", 86400UL)]
    [TestCase("1w2d3h4m5s", 788645UL)]
    [TestCase("1W2D3H4M5S", 788645UL)]
    [TestCase("1w2D3h4M5s", 788645UL)]
    [TestCase("5s4m3h2d1w", 788645UL)]
    [TestCase("1h30m", 5400UL)]
    [TestCase("2d", 172800UL)]
    [TestCase("90s", 90UL)]
    [TestCase("1h1h", 7200UL)]
    [TestCase("2147483647", 2147483647UL)]
    [TestCase("007", 7UL)]
    public void TTL_units(string text, ulong seconds)
    {
        Assert.That(ZoneLint.Text.TtlText.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out ulong parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(seconds));
        Assert.That(Last($"a {text} A 192.0.2.1").Ttl, Is.EqualTo(seconds));
        Assert.That(Last($"$TTL {text}\na A 192.0.2.1").Ttl, Is.EqualTo(seconds));
    }

    [TestCase("1x")]
    [TestCase("1h30")]
    [TestCase("h")]
    [TestCase("1hh")]
    [TestCase("1.5h")]
    [TestCase("1h-1m")]
    [TestCase("1 h")]
    [TestCase("99999999999999999999")]
    public void Bad_TTL_forms_are_rejected(string text)
    {
        Assert.That(ZoneLint.Text.TtlText.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out _), Is.False);
        var result = Parse(Header + $"$TTL {text}\n");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.Not.Empty.And.All.StartWith("ZL000"), Show(result));
    }

    [Test]
    public void Repeated_units_cannot_overflow()
    {
        string text = string.Concat(Enumerable.Repeat("4294967295w", 2000));
        Assert.That(ZoneLint.Text.TtlText.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out _), Is.False);
    }

    /// <summary>
    /// BIND's rules: a record without a TTL takes <c>$TTL</c> once one was given; before that, the last explicit TTL
    /// (RFC 1035 §5.1); before any, an SOA takes its MINIMUM, which then serves as the default (BIND 8 compatibility,
    /// masterfile/ns1/ttl1.db); any other record has no TTL (ZL0006).
    /// </summary>
    [TestCase("@ SOA ns1 host 1 2 3 4 99\na A 192.0.2.1\nb 2 A 192.0.2.2\nc A 192.0.2.3\n$TTL 1\nd A 192.0.2.4\ne 4 A 192.0.2.5\nf A 192.0.2.6\n",
        "99 99 2 99 1 4 1", TestName = "SOA minimum is the default until $TTL (ttl1.db)")]
    [TestCase("@ 1 SOA ns1 host 1 2 3 4 99\na A 192.0.2.1\nb 2 A 192.0.2.2\nc A 192.0.2.3\n$TTL 3\nd A 192.0.2.4\ne 2 A 192.0.2.5\nf A 192.0.2.6\n",
        "1 1 2 2 3 2 3", TestName = "Last explicit TTL until $TTL (ttl2.db)")]
    [TestCase("$TTL 60\n@ SOA ns1 host 1 2 3 4 99\na 5 A 192.0.2.1\nb A 192.0.2.2\n",
        "60 5 60", TestName = "$TTL before the SOA beats its minimum and explicit TTLs")]
    [TestCase("$TTL 60\n@ SOA ns1 host 1 2 3 4 99\n$TTL 70\na A 192.0.2.1\n",
        "60 70", TestName = "A later $TTL replaces the earlier")]
    public void TTL_defaults_as_BIND_fills_them_in(string body, string ttls)
    {
        var records = CleanText("$ORIGIN example.com.\n" + body);
        Assert.That(string.Join(' ', records.Select(r => r.Ttl)), Is.EqualTo(ttls));
    }

    [Test]
    public void The_SOA_minimum_default_does_not_make_explicit_TTLs_explicit()
    {
        var records = CleanText("$ORIGIN example.com.\n@ SOA ns1 host 1 2 3 4 99\na A 192.0.2.1\n");
        Assert.That(records.Select(r => r.HasExplicitTtl), Is.EqualTo(new[] { false, false }));
    }

    [Test]
    public void The_owner_of_the_first_SOA_is_the_origin_when_none_is_given()
    {
        var result = Parse("example.  86400 IN SOA ns1 admin 1 2 3 4 5\n  86400 NS ns1\nns1 86400 A 192.0.2.1\n");
        Assert.That(result.Diagnostics, Is.Empty, Show(result));
        Assert.That(result.Zone.Origin.ToString(), Is.EqualTo("example."));
        Assert.That(Lines(result.Zone.Records), Is.EqualTo(new[]
        {
            "example. 86400 IN SOA ns1.example. admin.example. 1 2 3 4 5",
            "example. 86400 IN NS ns1.example.",
            "ns1.example. 86400 IN A 192.0.2.1",
        }));
    }

    [Test]
    public void Relative_names_before_any_origin_are_errors()
    {
        var result = Parse("www 300 A 192.0.2.1\n");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0004" }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("'www' is relative but no origin is known"));
    }

    [Test]
    public void Type_written_in_RFC_3597_form_reads_with_the_type_s_own_syntax()
    {
        var record = Last("a TYPE16 \"hello\"\nb type1 192.0.2.1\n");
        Assert.That(record.Data, Is.InstanceOf<AData>());
        Assert.That(Clean("a TYPE16 \"hello\"\n")[0].Data.ToString(), Is.EqualTo("\"hello\""));
    }
}
