using ZoneLint.Benchmarks;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// The compact form's prototype (`ZoneLint.Benchmarks compact`): the figures it prints in docs/compact-form.md are only
/// worth something if it numbers names and answers name questions as the library's names do.
/// </summary>
public sealed class CompactPrototypeTests
{
    private const string Text = """
        $ORIGIN example.com.
        $TTL 3600
        @        IN SOA ns1 hostmaster 1 7200 3600 1209600 300
        @        IN NS  ns1
        @        IN NS  ns.other.net.
        ns1      IN A   192.0.2.1
        www      IN A   198.51.100.7
        WWW      IN AAAA 2001:db8::1
        a.b.c    IN CNAME www
        mail     IN MX  10 Mail.Example.COM.
        _sip._tcp IN SRV 0 5 5060 ns1
        txt      IN TXT "v=spf1 -all"
        """;

    [Test]
    public void Names_AreNumberedWithoutCase_ByParent_AndAnswerAsDomainNamesDo()
    {
        var zone = ZoneParser.Parse(Text, ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") }).Zone;
        var form = CompactPrototype.CompactZone.Build(zone);
        var names = form.Names;
        int origin = names.NumberOf(zone.Origin.Wire);
        int other = names.NumberOf(DomainName.Parse("ns.other.net.").Wire);

        Assert.Multiple(() =>
        {
            Assert.That(names.NumberOf(DomainName.Parse("WWW.EXAMPLE.com.").Wire), Is.EqualTo(names.NumberOf(DomainName.Parse("www.example.com.").Wire)));
            Assert.That(names.ParentOf(names.NumberOf(DomainName.Parse("a.b.c.example.com.").Wire)), Is.EqualTo(names.NumberOf(DomainName.Parse("b.c.example.com.").Wire)));
            Assert.That(names.ParentOf(names.NumberOf(DomainName.Root.Wire)), Is.Zero);
            Assert.That(names.IsAtOrBelow(other, origin), Is.False);
            Assert.That(names.IsAtOrBelow(origin, origin), Is.True);
            Assert.That(names.IsAtOrBelow(origin, 0), Is.True, "everything is at or below the root");

            // Every owner: numbered, and below the origin exactly when the library says so; each name with its ancestors.
            for (int i = 0; i < zone.Records.Count; i++)
            {
                var owner = zone.Records[i].Owner;
                Assert.That(form.Rows[i].Owner, Is.EqualTo(names.NumberOf(owner.Wire)));
                Assert.That(names.IsAtOrBelow(form.Rows[i].Owner, origin), Is.EqualTo(owner.IsSubdomainOf(zone.Origin)), owner.ToString());
            }

            // com, example.com, ns1, www, c, b.c, a.b.c, mail, _tcp, _sip._tcp, txt; net, other.net, ns.other.net.
            Assert.That(names.Count, Is.EqualTo(14));
        });
    }

    [Test]
    public void Rows_HoldTheRecordsFields_AndSmallRdataInline()
    {
        var zone = ZoneParser.Parse(Text, ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") }).Zone;
        var form = CompactPrototype.CompactZone.Build(zone);
        int index = -1;
        for (int i = 0; i < zone.Records.Count; i++)
        {
            if (zone.Records[i].Owner.Equals(DomainName.Parse("www.example.com.")) && zone.Records[i].Type == RRType.A)
            {
                index = i;
            }
        }

        var row = form.Rows[index];
        var record = zone.Records[index];
        Assert.Multiple(() =>
        {
            Assert.That((uint)row.Data, Is.EqualTo(0xC6336407u), "198.51.100.7 in the row itself");
            Assert.That(row.Ttl, Is.EqualTo(3600u));
            Assert.That(row.Line, Is.EqualTo(record.Location.Line));
            Assert.That(row.Type, Is.EqualTo(RRType.A.Value));
            Assert.That(form.Objects, Is.EqualTo(2), "the SOA and the TXT record stay objects in the prototype");
            Assert.That(form.ArenaUsed, Is.EqualTo(16 + 6 + 10), "one AAAA, one MX, one SRV");
            Assert.That(zone.Records[index].Data, Is.InstanceOf<AData>());
        });
    }
    [TestCase("www")]
    [TestCase("WWW")]
    [TestCase("a.b.c")]
    [TestCase("_sip._tcp")]
    [TestCase("ns.other.net.")]
    [TestCase("Mail.Example.COM.")]
    [TestCase("we\\.ird\\065")]
    [TestCase(".")]
    public void A_name_from_its_text_is_the_name_the_parser_reads(string text)
    {
        var origin = DomainName.Parse("example.com.");
        var store = new CompactPrototype.NameStore(16);
        int originNumber = store.NumberOf(origin.Wire);
        int fromText = store.NumberOfText(System.Text.Encoding.ASCII.GetBytes(text), originNumber);
        Assert.That(fromText, Is.EqualTo(store.NumberOf(DomainName.Parse(text, origin).Wire)));
        Assert.That(store.NumberOfText(System.Text.Encoding.ASCII.GetBytes(text), originNumber), Is.EqualTo(fromText), "again, from the recent texts");
    }

    [TestCase("a..b")]
    [TestCase("x.")]
    public void A_text_that_is_no_name_has_no_number(string text)
    {
        // "x." is absolute and fine; the empty label of "a..b" and a label over 63 octets are not.
        var store = new CompactPrototype.NameStore(16);
        int origin = store.NumberOf(DomainName.Parse("example.com.").Wire);
        bool valid = text == "x.";
        Assert.That(store.NumberOfText(System.Text.Encoding.ASCII.GetBytes(text), origin) >= 0, Is.EqualTo(valid));
        Assert.That(store.NumberOfText(System.Text.Encoding.ASCII.GetBytes(new string('l', 64)), origin), Is.EqualTo(-1));
    }
}
