using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Rules;

namespace ZoneLint.Tests.Rules;

/// <summary>
/// Rules that hold a node ask whether it is authoritative, or a delegation, of the node itself rather than of its name.
/// Both forms must answer alike for every node of a zone with cuts, glue, occluded data, DNAMEs, empty non-terminals
/// and a wildcard.
/// </summary>
public class NodeQueryTests
{
    private const string ZoneText = """
        $ORIGIN example.com.
        $TTL 300
        @ SOA ns1 hostmaster 1 7200 3600 1209600 300
        @ NS ns1
        @ NS ns2.example.net.
        @ MX 10 mail
        ns1 A 192.0.2.1
        mail A 192.0.2.2
        a.b.c TXT "deep, with empty non-terminals above"
        child NS ns.child
        child DS 12345 13 2 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
        ns.child A 192.0.2.3
        deeper.child NS ns.deeper.child
        below.deeper.child A 192.0.2.4
        one NS ns.one
        one NS ns.one
        ns.one A 192.0.2.5
        redirect DNAME example.org.
        x.redirect A 192.0.2.6
        x.redirect NS ns1
        cut.redirect NS ns1
        *.wild A 192.0.2.7
        """;

    private static readonly RRType[] Types = [RRType.A, RRType.NS, RRType.DS, RRType.TXT, RRType.MX, RRType.RRSIG, RRType.NSEC, RRType.CNAME];

    [Test]
    public void Every_node_is_authoritative_and_a_delegation_by_itself_as_by_its_name()
    {
        var zone = ZoneParser.Parse(ZoneText, ZoneParseOptions.Default).Zone;
        var nodes = zone.Nodes.ToList();
        int delegations = 0, notAuthoritative = 0;
        Assert.Multiple(() =>
        {
            foreach (var node in nodes)
            {
                bool delegation = StructureQueries.IsDelegation(zone, node.Name);
                Assert.That(StructureQueries.IsDelegation(zone, node), Is.EqualTo(delegation), $"delegation at {node.Name}");
                delegations += delegation ? 1 : 0;
                foreach (var type in Types)
                {
                    bool authoritative = ZoneQueries.IsAuthoritative(zone, node.Name, type);
                    Assert.That(ZoneQueries.IsAuthoritative(node, type), Is.EqualTo(authoritative), $"{type} at {node.Name}");
                    notAuthoritative += authoritative ? 0 : 1;
                }
            }
        });

        // The zone has what the comparison is for: the cuts child and one (deeper.child is below child; cut.redirect and
        // x.redirect below a DNAME), and names that are not authoritative.
        Assert.Multiple(() =>
        {
            var names = nodes.Select(n => n.Name.ToString()).ToList();
            Assert.That(names, Has.Member("b.c.example.com."), "an empty non-terminal");
            Assert.That(delegations, Is.EqualTo(2));
            Assert.That(notAuthoritative, Is.GreaterThan(20));
        });
    }
}
