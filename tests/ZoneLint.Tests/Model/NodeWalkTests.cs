using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Model;

/// <summary>
/// A walk of the nodes of one type fetches ahead what it says it reads (<see cref="NodeReads"/>): the RDATA, the name
/// it points at, that name's octets. Fetching changes no answer: every kind of walk visits the same nodes in the same
/// order, over records of every shape (another class, data far from its owner, names at the root, no name at all).
/// </summary>
public class NodeWalkTests
{
    private static Zone MixedZone()
    {
        var text = "$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\n" +
            string.Concat(Enumerable.Range(0, 40).Select(i =>
                $"h{i} MX {i} mx{i}\nh{i} A 192.0.2.{i}\nc{i} CNAME h{i}\nd{i} NS ns.d{i}\nns.d{i} A 192.0.2.{i}\n_s._tcp.h{i} SRV 0 0 {i} h{i}\n" +
                (i % 5 == 0 ? $"n{i} MX 0 .\nt{i} TXT \"v=spf1 -all\"\n" : string.Empty)));
        var parsed = ZoneParser.Parse(text, ZoneParseOptions.Default).Zone;

        // Records of another class and with their data lines below them are kept in a side object (ResourceRecord).
        var origin = parsed.Origin;
        var odd = new[]
        {
            new ResourceRecord(DomainName.Parse("odd.example.com."), RRClass.CH, 300, true, new MxData(5, DomainName.Parse("odd.example.net.")), new SourceLocation("z", 900, 1), default),
            new ResourceRecord(DomainName.Parse("far.example.com."), RRClass.IN, 300, true, new CNameData(DomainName.Root), new SourceLocation("z", 901, 1), new SourceLocation("z", 2000, 9)),
        };
        return Zone.Create(origin, parsed.Records.Concat(odd));
    }

    private static IEnumerable<TestCaseData> Types() =>
        new[] { RRType.MX, RRType.CNAME, RRType.NS, RRType.SRV, RRType.A, RRType.TXT, RRType.PTR }.Select(t => new TestCaseData(t).SetArgDisplayNames(t.ToString()));

    [TestCaseSource(nameof(Types))]
    public void Every_kind_of_walk_visits_the_nodes_of_a_type_in_one_order(RRType type)
    {
        var zone = MixedZone();
        var plain = Visit(zone.NodesWith(type, NodeReads.Records));
        Assert.Multiple(() =>
        {
            Assert.That(plain, Has.Count.EqualTo(zone.Nodes.Count(n => n.Has(type))), "every node of the type, once");
            Assert.That(Visit(zone.NodesWith(type, NodeReads.Data)), Is.EqualTo(plain));
            Assert.That(Visit(zone.NodesWith(type, NodeReads.Targets)), Is.EqualTo(plain));
        });
    }

    [Test]
    public void The_followed_name_is_the_target_of_the_types_whose_targets_rules_follow()
    {
        var target = DomainName.Parse("t.example.com.");
        Assert.Multiple(() =>
        {
            Assert.That(new NsData(target).FollowedName, Is.SameAs(target));
            Assert.That(new CNameData(target).FollowedName, Is.SameAs(target));
            Assert.That(new DNameData(target).FollowedName, Is.SameAs(target));
            Assert.That(new PtrData(target).FollowedName, Is.SameAs(target));
            Assert.That(new MxData(10, target).FollowedName, Is.SameAs(target));
            Assert.That(new SrvData(0, 0, 443, target).FollowedName, Is.SameAs(target));
            Assert.That(new AData(System.Net.IPAddress.Parse("192.0.2.1")).FollowedName, Is.Null);
            Assert.That(new TxtData("x").FollowedName, Is.Null);
        });
    }

    private static List<string> Visit(NodeList nodes)
    {
        var seen = new List<string>();
        foreach (var node in nodes)
        {
            seen.Add(node.Name.ToString());
        }

        return seen;
    }
}
