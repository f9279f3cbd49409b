using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Rules;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

/// <summary>The target questions the alias and mail rules share: where a name lies, and which node answers for it.</summary>
public class ZoneQueriesTargetTests
{
    private const string ApexDName = """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns.example.net. hostmaster 1 7200 3600 1209600 3600
        @ NS ns.example.net.
        @ DNAME example.net.
        www A 192.0.2.1

        """;

    private static readonly Zone Sample = ZoneParser.Parse(RuleTestHarness.Complete("""
        child NS ns.elsewhere.example.
        ns.child A 192.0.2.53
        moved DNAME example.net.
        moved.child DNAME example.org.
        host.ent A 192.0.2.7
        *.wild A 192.0.2.8
        x.wild TXT "exact beats wildcard"
        """), ZoneParseOptions.Default with { Origin = RuleTestHarness.Origin }).Zone;

    [TestCase("ns1.example.com.", "Authoritative", null)]
    [TestCase("example.com.", "Authoritative", null)]
    [TestCase("nowhere.example.com.", "Authoritative", null)]
    [TestCase("child.example.com.", "BelowCut", "child.example.com.")]
    [TestCase("ns.child.example.com.", "BelowCut", "child.example.com.")]
    [TestCase("a.moved.child.example.com.", "BelowCut", "child.example.com.")]
    [TestCase("moved.example.com.", "Authoritative", null)]
    [TestCase("www.moved.example.com.", "BelowDName", "moved.example.com.")]
    [TestCase("www.example.net.", "OutOfZone", null)]
    public void GetScope(string name, string scope, string? boundary)
    {
        Assert.That(ZoneQueries.GetScope(Sample, DomainName.Parse(name), out var found), Is.EqualTo(Enum.Parse<TargetScope>(scope)));
        Assert.That(found?.ToString(), Is.EqualTo(boundary));
    }

    [Test]
    public void Scope_and_authority_read_from_a_nodes_ancestry_are_what_lookups_to_the_apex_find()
    {
        // Cuts and DNAMEs nested every way: a DNAME below a cut and a cut below a DNAME, two DNAMEs in a row, both at
        // one name, a DNAME at the apex, and the names below each.
        string[] zones =
        [
            RuleTestHarness.Complete("""
                child NS ns.elsewhere.example.
                ns.child A 192.0.2.53
                moved DNAME example.net.
                moved.child DNAME example.org.
                a.b.moved.child A 192.0.2.1
                cut.moved NS ns.elsewhere.example.
                x.cut.moved A 192.0.2.2
                d1 DNAME example.net.
                d2.d1 DNAME example.org.
                e.d2.d1 A 192.0.2.3
                both NS ns.elsewhere.example.
                both DNAME example.net.
                y.both A 192.0.2.4
                deep.ent.child2 NS ns.elsewhere.example.
                z.deep.ent.child2 A 192.0.2.5
                """),
            ApexDName + "sub NS ns.example.net.\na.sub A 192.0.2.2\n",
        ];
        int compared = 0;
        foreach (string text in zones)
        {
            var zone = ZoneParser.Parse(text, ZoneParseOptions.Default with { Origin = RuleTestHarness.Origin }).Zone;
            foreach (var node in zone.Nodes.Where(n => zone.Contains(n.Name)))
            {
                var fast = ZoneQueries.GetScope(zone, node.Name, out var fastBoundary);
                var walked = ZoneQueries.ScopeByWalk(zone, node.Name, out var walkedBoundary);
                Assert.That((fast, fastBoundary?.ToString()), Is.EqualTo((walked, walkedBoundary?.ToString())), node.Name.ToString());
                foreach (var type in new[] { RRType.A, RRType.NS, RRType.DS, RRType.DNAME, RRType.RRSIG })
                {
                    bool byLookups = !zone.IsBelowZoneCut(node.Name, type) && zone.FindDNameAbove(node.Name) is null;
                    Assert.That(ZoneQueries.IsAuthoritative(zone, node.Name, type), Is.EqualTo(byLookups), $"{node.Name} {type}");
                }

                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(20));
    }

    [TestCase("ns1.example.com.", "ns1.example.com.")]
    [TestCase("ent.example.com.", "ent.example.com.")]
    [TestCase("a.wild.example.com.", "*.wild.example.com.")]
    [TestCase("a.b.wild.example.com.", "*.wild.example.com.")]
    [TestCase("x.wild.example.com.", "x.wild.example.com.")]
    [TestCase("a.x.wild.example.com.", null)]
    [TestCase("nowhere.example.com.", null)]
    [TestCase("a.nowhere.example.com.", null)]
    public void Lookup(string name, string? node) =>
        Assert.That(ZoneQueries.Lookup(Sample, DomainName.Parse(name))?.Name.ToString(), Is.EqualTo(node));

    [Test]
    public void A_dname_at_the_apex_is_above_every_other_name()
    {
        var zone = ZoneParser.Parse(ApexDName).Zone;
        var www = DomainName.Parse("www.example.com.");
        Assert.That(zone.FindDNameAbove(www)?.ToString(), Is.EqualTo("example.com."));
        Assert.That(zone.FindDNameAbove(zone.Origin), Is.Null);
        Assert.That(ZoneQueries.IsAuthoritative(zone, www, RRType.A), Is.False);
        Assert.That(ZoneQueries.GetScope(zone, www, out _), Is.EqualTo(TargetScope.BelowDName));
    }

    [Test]
    public void Typed_types_cannot_be_built_as_raw_rdata_so_rules_always_see_the_typed_class()
    {
        foreach (var type in new[] { RRType.MX, RRType.CNAME, RRType.NS, RRType.TXT, RRType.SRV, RRType.DNAME })
        {
            Assert.Throws<ArgumentException>(() => _ = new ZoneLint.Model.Records.UnknownData(type, [0, 1, 2]), type.ToString());
        }

        var mx = RecordData.FromWire(RRType.MX, [0, 10, 4, (byte)'m', (byte)'a', (byte)'i', (byte)'l', 0], out var error);
        Assert.That(mx, Is.TypeOf<ZoneLint.Model.Records.MxData>(), error);
        Assert.That(mx!.ToString(), Is.EqualTo("10 mail."));
        Assert.That(RecordData.FromWire(RRType.MX, [0, 10, 4], out error), Is.Null);
        Assert.That(error, Is.Not.Null);
    }

    [TestCase("10.0.0.1.example.com.", "10.0.0.1")]
    [TestCase("192.0.2.1.", "192.0.2.1")]
    [TestCase("10.0.0.1.sub.example.com.", "10.0.0.1")]
    [TestCase("1.2.3.4.5.example.com.", null)]
    [TestCase("10.0.0.1.example.net.", null)]
    [TestCase("300.0.0.1.", null)]
    [TestCase("mail.example.com.", null)]
    public void TryGetAddress(string name, string? address)
    {
        bool found = HostNames.TryGetAddress(DomainName.Parse(name), RuleTestHarness.Origin, out var ip);
        Assert.That(found ? ip!.ToString() : null, Is.EqualTo(address));
    }
}
