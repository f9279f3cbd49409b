using ZoneLint.Model;
using ZoneLint.Parsing;
using static ZoneLint.Tests.Parsing.ParserTestSupport;

namespace ZoneLint.Tests.Parsing;

/// <summary><c>$ORIGIN</c>, <c>$INCLUDE</c> (RFC 1035 §5.1) and BIND's <c>$GENERATE</c>.</summary>
public class DirectiveTests
{
    [TestCase("$ORIGIN sub\na A 192.0.2.1", "a.sub.example.com.", TestName = "ORIGIN relative to the current origin")]
    [TestCase("$ORIGIN sub\n$ORIGIN deeper\na A 192.0.2.1", "a.deeper.sub.example.com.", TestName = "ORIGIN relative twice")]
    [TestCase("$ORIGIN sub.example.com.\n@ A 192.0.2.1", "sub.example.com.", TestName = "ORIGIN absolute and @")]
    [TestCase("$ORIGIN @\na A 192.0.2.1", "a.example.com.", TestName = "ORIGIN @ keeps the origin")]
    [TestCase("$origin sub\na A 192.0.2.1", "a.sub.example.com.", TestName = "Directive names in any case")]
    [TestCase("$ORIGIN sub ; comment\na A 192.0.2.1", "a.sub.example.com.", TestName = "ORIGIN with a comment")]
    public void Origin(string body, string owner) => Assert.That(Last(body).Owner.ToString(), Is.EqualTo(owner));

    [Test]
    public void Origin_completes_names_in_RDATA_too()
    {
        var record = Last("$ORIGIN sub\nmx MX 10 mail");
        Assert.That(record.Data.ToString(), Is.EqualTo("10 mail.sub.example.com."));
    }

    [Test]
    public void Include_with_an_origin_argument_applies_it_to_the_file_only()
    {
        using var tree = new TempTree();
        tree.Write("sub/part.db", "a A 192.0.2.1\n@ MX 10 a\n$ORIGIN inner\nb A 192.0.2.2\n");
        string main = tree.Write("main.db", Header + "@ SOA ns1 host 1 2 3 4 5\n$INCLUDE sub/part.db part\n$INCLUDE \"sub/part.db\" other.example.com.\nafter A 192.0.2.9\n");
        var result = ZoneParser.ParseFile(main, tree.Options);
        Assert.That(result.Diagnostics, Is.Empty, Show(result));
        Assert.That(Lines(result.Zone.Records.Skip(1)), Is.EqualTo(new[]
        {
            "a.part.example.com. 3600 IN A 192.0.2.1",
            "part.example.com. 3600 IN MX 10 a.part.example.com.",
            "b.inner.part.example.com. 3600 IN A 192.0.2.2",
            "a.other.example.com. 3600 IN A 192.0.2.1",
            "other.example.com. 3600 IN MX 10 a.other.example.com.",
            "b.inner.other.example.com. 3600 IN A 192.0.2.2",
            "after.example.com. 3600 IN A 192.0.2.9",
        }));
        Assert.That(result.Zone.Records[1].Location, Is.EqualTo(new SourceLocation(Path.Combine(tree.Root, "sub/part.db"), 1, 1)));
    }

    [Test]
    public void Include_without_an_origin_uses_the_current_one_and_ttl_defaults_carry_on()
    {
        using var tree = new TempTree();
        tree.Write("part.db", "$TTL 60\na A 192.0.2.1\n");
        string main = tree.Write("main.db", Header + "@ SOA ns1 host 1 2 3 4 5\n$ORIGIN sub\n$INCLUDE part.db\nb A 192.0.2.2\n");
        var result = ZoneParser.ParseFile(main, tree.Options);
        Assert.That(result.Diagnostics, Is.Empty, Show(result));
        Assert.That(Lines(result.Zone.Records.Skip(1)), Is.EqualTo(new[] { "a.sub.example.com. 60 IN A 192.0.2.1", "b.sub.example.com. 60 IN A 192.0.2.2" }));
    }

    [Test]
    public void Include_paths_resolve_against_the_base_directory_when_one_is_set()
    {
        using var tree = new TempTree();
        tree.Write("zones/part.db", "a A 192.0.2.1\n");
        string main = tree.Write("zones/main.db", Header + "$INCLUDE zones/part.db\n");
        var result = ZoneParser.ParseFile(main, tree.Options with { IncludeBaseDirectory = tree.Root });
        Assert.That(result.Diagnostics, Is.Empty, Show(result));
        Assert.That(result.Zone.Records.Single().Location.File, Is.EqualTo("zones/part.db"));
    }

    // $GENERATE range lhs [ttl] [class] type rhs (BIND 9 ARM, "The $GENERATE Directive").
    [TestCase("$GENERATE 1-3 host$ A 192.0.2.$", "host1 A 192.0.2.1|host2 A 192.0.2.2|host3 A 192.0.2.3", TestName = "GENERATE plain")]
    [TestCase("$GENERATE 1-10/4 h$ A 192.0.2.$", "h1 A 192.0.2.1|h5 A 192.0.2.5|h9 A 192.0.2.9", TestName = "GENERATE with a step")]
    [TestCase("$GENERATE 5-5 h$ A 192.0.2.$", "h5 A 192.0.2.5", TestName = "GENERATE single value")]
    [TestCase("$GENERATE 1-2 h${10} A 192.0.2.${100}", "h11 A 192.0.2.101|h12 A 192.0.2.102", TestName = "GENERATE offset")]
    [TestCase("$GENERATE 0-1 h${-1} A 192.0.2.${1}", "h-1 A 192.0.2.1|h0 A 192.0.2.2", TestName = "GENERATE negative offset prints signed")]
    [TestCase("$GENERATE 0-1 h${-1,3} A 192.0.2.1", "h-01 A 192.0.2.1|h000 A 192.0.2.1", TestName = "GENERATE negative offset with width")]
    [TestCase("$GENERATE 8-9 h${0,3} A 192.0.2.1", "h008 A 192.0.2.1|h009 A 192.0.2.1", TestName = "GENERATE width")]
    [TestCase("$GENERATE 10-10 o${0,4,o}.x${0,2,x}.y${0,2,X}.d${0,1,d} A 192.0.2.1", "o0012.x0a.y0A.d10 A 192.0.2.1", TestName = "GENERATE bases")]
    [TestCase("$GENERATE 1024-1025 ${0,3,n} AAAA 2001:db8::${0,4,x}", "0.0.4 AAAA 2001:db8::400|1.0.4 AAAA 2001:db8::401", TestName = "GENERATE nibbles lower case")]
    [TestCase("$GENERATE 171-171 ${0,0,N} PTR h$", "B.A PTR h171.example.com.", TestName = "GENERATE nibbles upper case")]
    [TestCase("$GENERATE 1-1 x.${0,5,n} A 192.0.2.1", "x.1.0.0 A 192.0.2.1", TestName = "GENERATE nibble width counts the dots")]
    [TestCase("$GENERATE 1024-1024 ${-2000,0,n} A 192.0.2.1", "0.3.c.f.f.f.f.f A 192.0.2.1", TestName = "GENERATE negative nibbles wrap to 32 bits")]
    [TestCase("$GENERATE 1-2 h\\$$ TXT \"v\\$ $\"", "h\\$1 TXT \"v$\" \"1\"|h\\$2 TXT \"v$\" \"2\"", TestName = "GENERATE escaped dollar")]
    [TestCase("$GENERATE 1-2 $.z 300 IN A 10.0.0.$", "1.z 300 A 10.0.0.1|2.z 300 A 10.0.0.2", TestName = "GENERATE TTL then class")]
    [TestCase("$GENERATE 1-1 $.z IN 5m A 10.0.0.$", "1.z 300 A 10.0.0.1", TestName = "GENERATE class then TTL")]
    [TestCase("$GENERATE 1-2 $ CNAME $.target", "1 CNAME 1.target.example.com.|2 CNAME 2.target.example.com.", TestName = "GENERATE CNAME")]
    [TestCase("$GENERATE 19-28/2147483645 $ CNAME x", "19 CNAME x.example.com.", TestName = "GENERATE step past the end stops without overflow")]
    [TestCase("$GENERATE 2147483646-2147483647 h$ A 192.0.2.1", "h2147483646 A 192.0.2.1|h2147483647 A 192.0.2.1", TestName = "GENERATE up to 2^31-1")]
    public void Generate(string directive, string expected)
    {
        var records = Clean("@ SOA ns1 host 1 2 3 4 5\n" + directive + "\n").Skip(1);
        var shown = records.Select(r =>
        {
            string owner = r.Owner.ToString(DomainName.Parse("example.com."));
            string ttl = r.Ttl == 3600 ? string.Empty : r.Ttl + " ";
            return $"{owner} {ttl}{r.Type} {r.Data}";
        });
        Assert.That(string.Join('|', shown), Is.EqualTo(expected));
    }

    [Test]
    public void Generated_records_are_located_at_the_directive()
    {
        var records = Clean("@ SOA ns1 host 1 2 3 4 5\n$GENERATE 1-2 h$ A 192.0.2.$\n");
        Assert.That(records.Skip(1).Select(r => r.Location), Is.All.EqualTo(new SourceLocation(null, 4, 1)));
    }
}
