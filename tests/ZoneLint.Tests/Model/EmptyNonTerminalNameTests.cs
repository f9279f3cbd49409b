using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Model;

/// <summary>
/// A parent's wire form is the end of its child's, so parents, and the empty non-terminals the index makes from them,
/// read their child's octets instead of copying them: with copies, names of n labels took memory growing with n².
/// </summary>
public sealed class EmptyNonTerminalNameTests
{
    [Test]
    public void A_parent_reads_its_childs_octets()
    {
        var child = DomainName.Parse("a.b.c.example.com.");
        var parent = child.Parent!;
        Assert.Multiple(() =>
        {
            Assert.That(parent.ToString(), Is.EqualTo("b.c.example.com."));
            Assert.That(parent, Is.EqualTo(DomainName.Parse("B.C.example.com.")));
            Assert.That(parent.GetHashCode(), Is.EqualTo(DomainName.Parse("B.C.example.com.").GetHashCode()));
            Assert.That(child.Wire.Overlaps(parent.Wire), Is.True);
            Assert.That(DomainName.Parse("com.").Parent, Is.EqualTo(DomainName.Root));
            Assert.That(DomainName.Root.Parent, Is.Null);
        });
    }

    [Test]
    public void The_empty_non_terminals_of_a_deep_name_read_its_octets()
    {
        var parsed = ZoneParser.Parse(
            "$TTL 1h\n@ SOA ns hostmaster 1 2h 1h 1w 5m\n@ NS ns\nns A 192.0.2.1\nw.x.y.z A 192.0.2.2\n",
            ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });
        var owner = parsed.Zone.Records.Single(r => r.Owner.LabelCount == 6).Owner;
        var empty = parsed.Zone.Nodes.Where(n => n.IsEmptyNonTerminal).Select(n => n.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(empty.Select(n => n.ToString()), Is.EquivalentTo(new[] { "x.y.z.example.com.", "y.z.example.com.", "z.example.com." }));
            Assert.That(empty.All(n => owner.Wire.Overlaps(n.Wire)), Is.True);
        });
    }
}
