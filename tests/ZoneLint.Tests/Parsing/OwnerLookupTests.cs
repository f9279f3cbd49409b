using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using static ZoneLint.Tests.Parsing.ParserTestSupport;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// A record's owner, whatever happens to the record after it is read: the one the next lines inherit, one instance with
/// every other mention of the name, and the zone's origin when an SOA without one names it. (Guards for any change to
/// when the reader looks owners up: the twenty-ninth round tried looking them up after the record's data.)
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
}
