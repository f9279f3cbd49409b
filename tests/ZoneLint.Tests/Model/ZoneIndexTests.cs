using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Model;

/// <summary>
/// The zone's indexes, built the fast way for parsed zones (owners numbered by the parser's name table) and the general
/// way for zones built in code: both must group owners without case, keep file order within a type, and answer the
/// ancestry questions (cuts, DNAMEs) for names that exist and names that do not.
/// </summary>
public class ZoneIndexTests
{
    private const string Text =
        "$ORIGIN example.com.\n$TTL 300\n" +
        "@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\n" +
        "www A 192.0.2.10\nmail MX 10 mx\nWWW AAAA 2001:db8::10\nWww.Example.Com. TXT \"x\"\nwww A 192.0.2.11\n" +
        "child NS ns.child\nns.child A 192.0.2.53\nold DNAME new.example.net.\nold TXT \"kept\"\n";

    private static Zone Parsed(DomainName? origin = null) =>
        ZoneParser.Parse(Text, ZoneParseOptions.Default with { Origin = origin }).Zone;

    private static IEnumerable<TestCaseData> Zones()
    {
        yield return new TestCaseData(Parsed()).SetArgDisplayNames("parsed");
        yield return new TestCaseData(Parsed(DomainName.Parse("EXAMPLE.com."))).SetArgDisplayNames("parsed, origin given");
        yield return new TestCaseData(Zone.Create(Parsed().Origin, Parsed().Records.Reverse().Reverse())).SetArgDisplayNames("built in code");

        // Two parses number their names independently; a zone mixing their records must still group by name.
        var first = Parsed().Records;
        var second = Parsed().Records;
        yield return new TestCaseData(Zone.Create(first[0].Owner, first.Select((r, i) => i % 2 == 0 ? r : second[i]))).SetArgDisplayNames("two parses mixed");
    }

    [TestCaseSource(nameof(Zones))]
    public void Owners_that_differ_only_in_case_are_one_node_grouped_by_type_in_file_order(Zone zone)
    {
        var www = zone.Find(DomainName.Parse("www.example.com."))!.Value;
        Assert.That(www.Records.Select(r => r.Type.ToString()), Is.EqualTo(new[] { "A", "A", "TXT", "AAAA" }));
        Assert.That(www.Get(RRType.A).ToArray().Select(r => r.Data.ToString()), Is.EqualTo(new[] { "192.0.2.10", "192.0.2.11" }));
        Assert.That(zone.Nodes.Count(n => n.Name.Equals(www.Name)), Is.EqualTo(1));
    }

    [TestCaseSource(nameof(Zones))]
    public void NodesWith_lists_each_owner_of_a_type_once(Zone zone)
    {
        Assert.That(zone.NodesWith(RRType.A).ToArray().Select(n => n.Name.ToString()), Is.EquivalentTo(new[] { "ns1.example.com.", "www.example.com.", "ns.child.example.com." }));
        Assert.That(zone.NodesWith(RRType.MX).ToArray().Select(n => n.Name.ToString()), Is.EqualTo(new[] { "mail.example.com." }));
        Assert.That(zone.NodesWith(RRType.CAA).IsEmpty, Is.True);
    }

    [TestCaseSource(nameof(Zones))]
    public void Ancestry_answers_for_names_that_exist_and_names_that_do_not(Zone zone)
    {
        var child = DomainName.Parse("child.example.com.");
        Assert.Multiple(() =>
        {
            Assert.That(zone.FindDelegation(DomainName.Parse("ns.child.example.com.")), Is.EqualTo(child));
            Assert.That(zone.FindDelegation(DomainName.Parse("a.b.nothing.child.example.com.")), Is.EqualTo(child));
            Assert.That(zone.FindDelegation(child), Is.EqualTo(child));
            Assert.That(zone.FindDelegation(DomainName.Parse("www.example.com.")), Is.Null);
            Assert.That(zone.FindDelegation(DomainName.Parse("example.com.")), Is.Null, "the apex's NS are not a cut");
            Assert.That(zone.FindDNameAbove(DomainName.Parse("x.y.old.example.com.")), Is.EqualTo(DomainName.Parse("old.example.com.")));
            Assert.That(zone.FindDNameAbove(DomainName.Parse("old.example.com.")), Is.Null, "a DNAME hides names below its owner, not the owner");
            Assert.That(zone.FindDNameAbove(DomainName.Parse("www.example.com.")), Is.Null);
            Assert.That(zone.IsBelowZoneCut(DomainName.Parse("ns.child.example.com."), RRType.A), Is.True);
            Assert.That(zone.IsBelowZoneCut(child, RRType.NS), Is.False);
            Assert.That(
                zone.NodesAtOrBelowCuts.ToArray().Select(n => n.Name.ToString()).Order(),
                Is.EqualTo(new[] { "child.example.com.", "ns.child.example.com." }),
                "the index the delegation rules walk lists the cut and the glue below it, nothing else");
        });
    }

    [Test]
    public void A_name_with_many_types_finds_each_RRset_and_no_other()
    {
        // Past sixteen records a name's RRsets are found by binary search; types above 62 are not in the node's mask.
        int[] types = [16, 99, 700, 800, .. Enumerable.Range(0, 30).Select(i => 1000 + (7 * i)), 65280];
        var text = new System.Text.StringBuilder("$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n");
        foreach (int type in types.Reverse())
        {
            int copies = type % 3 == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++)
            {
                text.Append(System.FormattableString.Invariant($"x TYPE{type} \\# 2 01{c:X2}\n"));
            }
        }

        var node = ZoneParser.Parse(text.ToString()).Zone.Find(DomainName.Parse("x.example.com."))!.Value;
        Assert.Multiple(() =>
        {
            foreach (int type in types)
            {
                var rrset = node.Get(new RRType((ushort)type));
                Assert.That(rrset.Length, Is.EqualTo(type % 3 == 0 ? 2 : 1), $"TYPE{type}");
                Assert.That(rrset.ToArray().Select(r => r.Type.Value), Is.All.EqualTo(type), $"TYPE{type}");
            }

            foreach (int absent in new[] { 2, 63, 101, 701, 999, 1001, 1300, 65279, 65535 })
            {
                Assert.That(node.Get(new RRType((ushort)absent)).Length, Is.Zero, $"TYPE{absent}");
                Assert.That(node.Has(new RRType((ushort)absent)), Is.False, $"TYPE{absent}");
            }
        });
    }

    [Test]
    public void Empty_non_terminals_exist_and_have_no_records()
    {
        var zone = Parsed();
        var ent = zone.Find(DomainName.Parse("child.example.com."));
        Assert.That(zone.Find(DomainName.Parse("a.b.example.com.")), Is.Null);
        Assert.That(ent!.Value.IsEmptyNonTerminal, Is.False);
        var deep = ZoneParser.Parse("$ORIGIN example.com.\n$TTL 1\n@ SOA a b 1 1 1 1 1\na.b.c TXT \"x\"\n").Zone;
        Assert.That(deep.Find(DomainName.Parse("b.c.example.com."))!.Value.IsEmptyNonTerminal, Is.True);
        Assert.That(deep.Find(DomainName.Parse("c.example.com."))!.Value.Records, Is.Empty);
    }

    [Test]
    public void Nodes_are_found_by_their_own_names_by_other_spellings_and_by_names_another_parse_numbered()
    {
        const string body =
            "@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\nmail MX 10 mx.only.in.data\n" +
            "alias CNAME b.c\nx.b.c TXT \"b.c was named in data first\"\np.q.r TXT \"q.r and r are named nowhere\"\n";
        var zone = ZoneParser.Parse("$ORIGIN example.com.\n$TTL 300\n" + body).Zone;

        // The same names, numbered otherwise: one more name comes first.
        var other = ZoneParser.Parse("$ORIGIN example.com.\n$TTL 300\nfirst A 192.0.2.9\n" + body).Zone;

        Assert.That(zone.Nodes.Select(n => n.Name.ToString()), Is.EquivalentTo(new[]
        {
            "example.com.", "ns1.example.com.", "mail.example.com.", "alias.example.com.", "x.b.c.example.com.", "b.c.example.com.",
            "c.example.com.", "p.q.r.example.com.", "q.r.example.com.", "r.example.com.",
        }));
        Assert.Multiple(() =>
        {
            foreach (var node in zone.Nodes)
            {
                Assert.That(zone.Find(node.Name), Is.EqualTo(node), node.Name.ToString());
                Assert.That(zone.Find(DomainName.Parse(node.Name.ToString().ToUpperInvariant())), Is.EqualTo(node), node.Name.ToString());
                Assert.That(other.Find(node.Name)?.Name, Is.EqualTo(node.Name), node.Name.ToString());
                Assert.That(other.Find(node.Name)?.Records.Count, Is.EqualTo(node.Records.Count), node.Name.ToString());
            }

            foreach (string ent in new[] { "b.c.example.com.", "c.example.com.", "q.r.example.com.", "r.example.com." })
            {
                Assert.That(zone.Find(DomainName.Parse(ent))?.IsEmptyNonTerminal, Is.True, ent);
            }

            Assert.That(zone.Find(DomainName.Parse("mx.only.in.data.example.com.")), Is.Null, "named in data, owns nothing");
            var exchange = ((MxData)zone.Find(DomainName.Parse("mail.example.com."))!.Value.Records[0].Data).Exchange;
            var target = ((CNameData)zone.Find(DomainName.Parse("alias.example.com."))!.Value.Records[0].Data).Target;
            Assert.That(zone.Find(exchange), Is.Null, "the data's own instance, numbered by the parse, owns nothing");
            Assert.That(zone.Find(target)?.IsEmptyNonTerminal, Is.True, "the data's own instance, made a node when x.b.c was linked");
            Assert.That(zone.Find(DomainName.Parse("only.in.data.example.com.")), Is.Null);
            Assert.That(other.Find(DomainName.Parse("first.example.com."))?.Records.Count, Is.EqualTo(1));
            Assert.That(zone.Find(other.Find(DomainName.Parse("first.example.com."))!.Value.Name), Is.Null, "numbered by the other parse only");
        });
    }

    [Test]
    public void A_name_named_in_data_before_it_becomes_an_empty_non_terminal_leaves_its_neighbours_records_whole()
    {
        // A node's record count is where the next number's records start: b is numbered between x and c.b (named in
        // x's MX before c.b owns anything), owns nothing, and becomes an empty non-terminal above c.b.
        var zone = ZoneParser.Parse("""
            $ORIGIN example.com.
            $TTL 300
            @ SOA ns hostmaster 1 1 1 1 1
            x MX 10 b
            x TXT "x"
            c.b A 192.0.2.1
            c.b TXT "c"
            c.b AAAA 2001:db8::1
            d TXT "d"
            """).Zone;
        Assert.Multiple(() =>
        {
            Assert.That(zone.Find(DomainName.Parse("x.example.com."))?.Records.Select(r => r.Type.ToString()), Is.EqualTo(new[] { "MX", "TXT" }));
            Assert.That(zone.Find(DomainName.Parse("b.example.com."))?.IsEmptyNonTerminal, Is.True);
            Assert.That(zone.Find(DomainName.Parse("b.example.com."))?.Records, Is.Empty);
            Assert.That(zone.Find(DomainName.Parse("c.b.example.com."))?.Records.Select(r => r.Type.ToString()), Is.EqualTo(new[] { "A", "TXT", "AAAA" }));
            Assert.That(zone.Find(DomainName.Parse("d.example.com."))?.Records.Count, Is.EqualTo(1));
            Assert.That(zone.Nodes.Sum(n => n.Records.Count), Is.EqualTo(zone.Records.Count));
        });
    }

    [Test]
    public void A_node_is_spelled_as_its_first_record_spells_it_and_an_empty_non_terminal_as_the_name_below_it()
    {
        // MAIL and B.C are named in data, in capitals, before mail owns a record and a.b.c makes b.c a node.
        var zone = ZoneParser.Parse("""
            $ORIGIN example.com.
            $TTL 300
            @ SOA ns hostmaster 1 1 1 1 1
            x MX 10 MAIL
            y CNAME B.C
            mail A 192.0.2.1
            MAIL TXT "the node keeps the first record's spelling"
            a.b.c TXT "x"
            """).Zone;
        var mail = zone.Find(DomainName.Parse("mail.example.com."))!.Value;
        var mx = (MxData)zone.Find(DomainName.Parse("x.example.com."))!.Value.Records[0].Data;
        var cname = (CNameData)zone.Find(DomainName.Parse("y.example.com."))!.Value.Records[0].Data;
        Assert.Multiple(() =>
        {
            Assert.That(mail.Name.ToString(), Is.EqualTo("mail.example.com."));
            Assert.That(mail.Name, Is.SameAs(mail.Get(RRType.A)[0].Owner));
            Assert.That(mx.Exchange.ToString(), Is.EqualTo("MAIL.example.com."), "the data keeps its own spelling");
            Assert.That(zone.Find(mx.Exchange), Is.EqualTo(mail));
            Assert.That(zone.Find(mail.Name), Is.EqualTo(mail));
            Assert.That(zone.Find(cname.Target)?.Name.ToString(), Is.EqualTo("b.c.example.com."));
            Assert.That(zone.Find(cname.Target)?.IsEmptyNonTerminal, Is.True);
            Assert.That(zone.Nodes.Select(n => n.Name.ToString()).Order(), Is.EqualTo(new[]
            {
                "a.b.c.example.com.", "b.c.example.com.", "c.example.com.", "example.com.", "mail.example.com.", "x.example.com.", "y.example.com.",
            }));
        });
    }

    /// <summary>
    /// Get finds an RRset from the type mask when it is the node's lowest or highest type, without reading the records
    /// before it; any mix of types, the large ones (64 and up share one bit of the mask) among them, must still give
    /// exactly the records of the type asked for, in file order; and the zone lists the name among those with an RRset
    /// of two or more exactly when it has one.
    /// </summary>
    [Test]
    public void Get_Has_and_the_list_of_larger_RRsets_answer_for_every_mix_of_types_at_a_name()
    {
        // A, and type numbers with no typed RDATA on both sides of the mask's shared bit.
        ushort[] universe = [1, 41, 54, 66, 69, 100, 300, 40000];
        var owner = DomainName.Parse("www.example.com.");
        var mixes = Gen.ListOf(Gen.Elements(universe)).Where(types => types.Count > 0);
        Prop.ForAll(mixes.ToArbitrary(), types =>
        {
            var records = types.Select((t, i) => new ResourceRecord(owner, (uint)i, t == 1
                ? new AData(System.Net.IPAddress.Parse($"192.0.2.{i % 256}"))
                : new UnknownData(new RRType(t), [(byte)i]))).ToList();
            var zone = Zone.Create(DomainName.Parse("example.com."), records);
            var node = zone.Find(owner)!.Value;
            foreach (ushort t in universe)
            {
                var type = new RRType(t);
                var expected = records.Where(r => r.Type == type).Select(r => r.Ttl).ToArray();
                if (!node.Get(type).ToArray().Select(r => r.Ttl).SequenceEqual(expected) || node.Has(type) != expected.Length > 0)
                {
                    return false;
                }
            }

            bool single = types.GroupBy(t => t).All(g => g.Count() == 1);
            return zone.NodesWithLargerRRsets.ToArray().Contains(node) == !single
                && zone.NodesWithManyRecords.ToArray().Contains(node) == (types.Count > Zone.ManyRecords);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    /// <summary>
    /// The wildcard rules visit only the nodes whose names have a <c>*</c> label; the list must hold exactly those of
    /// <see cref="Zone.Nodes"/>, in its order: owners, names made empty non-terminals by names below them (some first
    /// named as targets in data, which the parser numbered), and not names with a '*' inside a longer label.
    /// </summary>
    [Test]
    public void The_nodes_with_star_labels_are_those_of_all_nodes_in_the_same_order()
    {
        var name = RelativeNames("*", "a", "B", "x*", "*y");
        var line = from owner in name
                   from target in name
                   from kind in Gen.Choose(0, 2)
                   select kind == 0 ? $"{owner} A 192.0.2.1\n" : kind == 1 ? $"{owner} CNAME {target}\n" : $"{owner} MX 10 {target}\n";
        Prop.ForAll(Gen.ListOf(line).ToArbitrary(), lines =>
        {
            var zone = ZoneParser.Parse("$ORIGIN example.com.\n$TTL 300\n" + string.Concat(lines)).Zone;
            var expected = zone.Nodes.Where(n => Enumerable.Range(0, n.Name.LabelCount).Any(i => n.Name.GetLabel(i).SequenceEqual("*"u8)));
            return zone.NodesWithStarLabels.ToArray().SequenceEqual(expected);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>
    /// The zone puts the records it is given in node order in place and keeps the order read as positions: whatever the
    /// mix of owners (spelled in either case) and types, and whether the records were parsed or given in code, it must
    /// give them back in the order read, and each node's by type, in the order read within a type.
    /// </summary>
    [Test]
    public void Records_come_back_in_the_order_read_and_each_nodes_by_type_in_any_mix()
    {
        string[] owners = ["@", "www", "WWW", "mail", "a.b", "b"];
        string[] types = ["A 192.0.2.1", "TXT \"x\"", "MX 10 mail", "AAAA 2001:db8::1", "NS ns1.example.net."];
        var lines = Gen.Zip(Gen.Elements(owners), Gen.Elements(types)).ListOf().Where(l => l.Count > 0);
        Prop.ForAll(lines.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (entries, inCode) =>
        {
            // A distinct TTL tells each record apart.
            string text = string.Concat(entries.Select((e, i) => $"{e.Item1} {i + 1} IN {e.Item2}\n"));
            var parsed = ZoneParser.Parse(text, ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") }).Zone;
            var zone = inCode ? Zone.Create(parsed.Origin, parsed.Records.ToList()) : parsed;
            var ttls = zone.Records.Select(r => (int)r.Ttl).ToArray();
            if (!ttls.SequenceEqual(Enumerable.Range(1, entries.Count)) || zone.Records.Count != entries.Count)
            {
                return false;
            }

            return zone.Nodes.Where(n => !n.IsEmptyNonTerminal).All(node =>
            {
                var mine = zone.Records.Where(r => r.Owner.Equals(node.Name)).ToList();
                var expected = mine.OrderBy(r => r.Type.Value).ThenBy(r => r.Ttl).Select(r => r.Ttl);
                return node.Records.Select(r => r.Ttl).SequenceEqual(expected);
            });
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>
    /// In any order of records, parents named after their children among them, the index must give what walking each
    /// name's ancestors gives: the same nodes (empty non-terminals included), the highest cut, the closest DNAME above,
    /// and the nodes at or below cuts.
    /// </summary>
    [Test]
    public void Ancestry_is_what_walking_the_ancestors_gives_in_any_order_of_records()
    {
        string[] types = ["A", "NS", "DNAME", "TXT"];
        var owners = Gen.ListOf(Gen.Elements("a", "b", "c"))
            .Where(labels => labels.Count is > 0 and <= 4)
            .Select(labels => string.Join('.', labels));
        var lines = Gen.Zip(owners, Gen.Elements(types)).ListOf().Where(l => l.Count > 0);
        Prop.ForAll(lines.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (ownedTypes, inCode) =>
        {
            string text = "$ORIGIN example.com.\n$TTL 300\n" + string.Concat(ownedTypes.Select(l => l.Item2 switch
            {
                "A" => $"{l.Item1} A 192.0.2.1\n",
                "NS" => $"{l.Item1} NS ns.example.net.\n",
                "DNAME" => $"{l.Item1} DNAME example.net.\n",
                _ => $"{l.Item1} TXT \"t\"\n",
            })) + "@ SOA ns hostmaster 1 7200 3600 1209600 300\n@ NS ns.example.net.\n";
            var parsed = ZoneParser.Parse(text).Zone;
            var zone = inCode ? Zone.Create(parsed.Origin, parsed.Records) : parsed;
            var apex = zone.Origin;
            var owns = parsed.Records.GroupBy(r => r.Owner.ToString()).ToDictionary(g => g.Key, g => g.Select(r => r.Type).ToHashSet());
            bool Owns(DomainName name, RRType type) => owns.TryGetValue(name.ToString(), out var set) && set.Contains(type);
            IEnumerable<DomainName> AncestorsBelowApex(DomainName name)
            {
                for (var n = name; n.LabelCount > apex.LabelCount; n = n.Parent!)
                {
                    yield return n;
                }
            }

            var expectedNodes = owns.Keys.Select(k => DomainName.Parse(k)).SelectMany(AncestorsBelowApex).Append(apex).Select(n => n.ToString()).ToHashSet();
            if (!zone.Nodes.Select(n => n.Name.ToString()).ToHashSet().SetEquals(expectedNodes))
            {
                return false;
            }

            var atOrBelowCuts = new HashSet<string>();
            foreach (var node in zone.Nodes)
            {
                var path = AncestorsBelowApex(node.Name).Reverse().ToList();
                var cut = path.FirstOrDefault(n => Owns(n, RRType.NS));
                var dname = path.Prepend(apex).Where(n => !n.Equals(node.Name) && Owns(n, RRType.DNAME)).LastOrDefault();
                if (!Equals(zone.FindDelegation(node.Name), cut) || !Equals(zone.FindDNameAbove(node.Name), dname))
                {
                    return false;
                }

                if (cut is not null)
                {
                    atOrBelowCuts.Add(node.Name.ToString());
                }
            }

            return zone.NodesAtOrBelowCuts.ToArray().Select(n => n.Name.ToString()).ToHashSet().SetEquals(atOrBelowCuts)
                && zone.NodesAtOrBelowCuts.Length == atOrBelowCuts.Count;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>
    /// A large zone's index is built on two threads, one linking the nodes while the other places and sorts their
    /// records; whatever the zone, it must be the index one thread builds: the nodes, their spellings, types, records
    /// and ancestry, and every list of nodes the rules walk.
    /// </summary>
    [Test]
    public void The_index_built_on_two_threads_is_the_one_built_on_one()
    {
        var name = RelativeNames("a", "B", "c", "*", "sub");
        var line = from owner in name
                   from target in name
                   from kind in Gen.Choose(0, 7)
                   from ttl in Gen.Choose(1, 3)
                   select kind switch
                   {
                       0 => $"{owner} {ttl} A 192.0.2.{ttl}\n",
                       1 => $"{owner} NS {target}\n",
                       2 => $"{owner} DNAME {target}.example.net.\n",
                       3 => $"{owner} CNAME {target}\n",
                       4 => $"{owner} MX {ttl} {target}\n",
                       5 => $"{owner} TXT \"{ttl}\"\n",
                       6 => $"{owner.ToUpperInvariant()} AAAA 2001:db8::{ttl}\n",
                       _ => $"{owner}.example.org. A 192.0.2.9\n",
                   };
        Prop.ForAll(Gen.ListOf(line).ToArbitrary(), lines =>
        {
            string text = "$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 7200 3600 1209600 300\n" + string.Concat(lines);
            string oneThread = DescribeIndex(ZoneParser.Parse(text, ZoneParseOptions.Default with { ConcurrentIndexFromNames = int.MaxValue }).Zone);
            string twoThreads = DescribeIndex(ZoneParser.Parse(text, ZoneParseOptions.Default with { ConcurrentIndexFromNames = 1 }).Zone);
            Assert.That(twoThreads, Is.EqualTo(oneThread), text);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>Relative names of one to three of <paramref name="labels"/>.</summary>
    private static Gen<string> RelativeNames(params string[] labels) =>
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(labels), n)).Select(l => string.Join('.', l));

    private static string DescribeIndex(Zone zone)
    {
        var text = new System.Text.StringBuilder();
        text.Append("apex ").Append(zone.Apex?.Name.ToString()).Append('\n');
        foreach (var node in zone.Nodes)
        {
            text.Append("node ").Append(node.Name.ToString()).Append(node.IsEmptyNonTerminal ? " empty" : string.Empty)
                .Append(" cut ").Append(node.HighestCut?.ToString()).Append(" dname ").Append(node.DNameAbove?.ToString())
                .Append(" types ").AppendJoin(',', node.Types).Append('\n');
            foreach (var record in node.Records)
            {
                text.Append("  ").Append(record).Append(" at ").Append(record.Location).Append('\n');
            }
        }

        foreach (var record in zone.Records)
        {
            text.Append("read ").Append(record).Append(" at ").Append(record.Location).Append('\n');
        }

        text.Append("delegations ").AppendJoin(' ', zone.Delegations.Select(n => n.ToString()).Order(StringComparer.Ordinal)).Append('\n');
        foreach (var type in zone.Records.Select(r => r.Type).Distinct().OrderBy(t => t.Value))
        {
            text.Append("with ").Append(type).Append(' ').AppendJoin(' ', zone.NodesWith(type).ToArray()).Append('\n');
        }

        text.Append("at or below cuts ").AppendJoin(' ', zone.NodesAtOrBelowCuts.ToArray()).Append('\n');
        text.Append("larger RRsets ").AppendJoin(' ', zone.NodesWithLargerRRsets.ToArray()).Append('\n');
        text.Append("many records ").AppendJoin(' ', zone.NodesWithManyRecords.ToArray()).Append('\n');
        text.Append("star labels ").AppendJoin(' ', zone.NodesWithStarLabels.ToArray()).Append('\n');
        return text.ToString();
    }

    [Test]
    public void A_records_keep_their_address()
    {
        var a = (AData)Parsed().Get(DomainName.Parse("ns1.example.com."), RRType.A)[0].Data;
        Assert.That(a.Address.ToString(), Is.EqualTo("192.0.2.1"));
        Assert.That(a, Is.EqualTo(new AData(System.Net.IPAddress.Parse("192.0.2.1"))));
        Assert.That(a.ToWire(), Is.EqualTo(new byte[] { 192, 0, 2, 1 }));
    }

    [TestCaseSource(nameof(Zones))]
    public void Owners_are_the_same_when_their_names_are_equal_but_for_case(Zone zone)
    {
        var owners = zone.Records.Select(r => r.Owner).ToArray();
        Assert.That(owners.Select(o => o.ToString()).Distinct(StringComparer.Ordinal).Count(), Is.GreaterThan(owners.Select(o => o.ToString().ToLowerInvariant()).Distinct().Count()), "the zone spells a name in several cases");
        foreach (var a in owners)
        {
            foreach (var b in owners)
            {
                Assert.That(zone.IsSameOwner(a, b), Is.EqualTo(a.Equals(b)), $"{a} and {b}");
            }

            Assert.That(zone.IsSameOwner(a, null), Is.False);
        }
    }

    [TestCaseSource(nameof(Zones))]
    public void A_nodes_parent_is_the_zones_own_name_for_it(Zone zone)
    {
        int withParentNode = 0;
        foreach (var node in zone.Nodes)
        {
            var parent = zone.ParentOf(node.Name);
            Assert.That(parent, Is.EqualTo(node.Name.Parent), node.ToString());
            if (parent is not null && zone.Find(parent) is { } parentNode)
            {
                Assert.That(parent, Is.SameAs(parentNode.Name), node.ToString());
                withParentNode++;
            }
        }

        // Spellings the zone does not name its nodes by, and names it does not hold, are answered from their octets.
        Assert.That(zone.ParentOf(DomainName.Parse("NS.child.example.com.")), Is.SameAs(zone.Find(DomainName.Parse("child.example.com."))!.Value.Name));
        Assert.That(zone.ParentOf(DomainName.Parse("a.b.nowhere.example.com.")), Is.EqualTo(DomainName.Parse("b.nowhere.example.com.")));
        Assert.That(withParentNode, Is.GreaterThanOrEqualTo(6));
    }

    [TestCaseSource(nameof(Zones))]
    public void The_numbers_a_node_keeps_answer_as_its_names_do(Zone zone)
    {
        // The apex, the cut and the DNAME are told by number; each must agree with the names they stand for.
        int apexes = 0;
        foreach (var node in zone.Nodes)
        {
            var ancestry = node.Ancestry;
            Assert.Multiple(() =>
            {
                Assert.That(node.IsApex, Is.EqualTo(node.Name.Equals(zone.Origin)), node.ToString());
                Assert.That(ancestry.HighestCut == 0 ? null : zone.NameOf(ancestry.HighestCut), Is.EqualTo(node.HighestCut), node.ToString());
                Assert.That(ancestry.DNameAbove == 0 ? null : zone.NameOf(ancestry.DNameAbove), Is.EqualTo(node.DNameAbove), node.ToString());
                Assert.That(ZoneLint.Rules.StructureQueries.IsDelegation(zone, node), Is.EqualTo(ZoneLint.Rules.StructureQueries.IsDelegation(zone, node.Name)), node.ToString());
            });
            apexes += node.IsApex ? 1 : 0;
        }

        Assert.Multiple(() =>
        {
            Assert.That(apexes, Is.EqualTo(1));
            Assert.That(zone.Find(DomainName.Parse("child.example.com."))!.Value.Ancestry.HighestCut, Is.EqualTo(zone.Find(DomainName.Parse("child.example.com."))!.Value.Id));
            Assert.That(zone.Find(DomainName.Parse("ns.child.example.com."))!.Value.Ancestry.HighestCut, Is.EqualTo(zone.Find(DomainName.Parse("child.example.com."))!.Value.Id));
            Assert.That(default(ZoneNode).IsApex, Is.False);
        });
    }

    [TestCaseSource(nameof(Zones))]
    public void FindInZone_answers_as_Find_and_Contains_do(Zone zone)
    {
        // The zone's own instances (owners and names in data), other spellings, names it does not hold, names outside.
        var names = zone.Records.Select(r => r.Owner)
            .Concat(zone.Records.Select(r => r.Data).OfType<MxData>().Select(mx => mx.Exchange))
            .Concat(zone.Records.Select(r => r.Data).OfType<DNameData>().Select(d => d.Target))
            .Concat(new[] { "WWW.EXAMPLE.COM.", "nowhere.example.com.", "a.b.child.example.com.", "example.net.", "com.", "." }.Select(static text => DomainName.Parse(text)));
        foreach (var name in names)
        {
            var found = zone.FindInZone(name, out bool inZone);
            Assert.Multiple(() =>
            {
                Assert.That(inZone, Is.EqualTo(zone.Contains(name)), name.ToString());
                Assert.That(found, Is.EqualTo(inZone ? zone.Find(name) : null), name.ToString());
            });
        }
    }

    [Test]
    public void FindInZone_does_not_place_an_owner_outside_the_zone_in_it()
    {
        // A zone built in code may hold owners outside its origin; their nodes exist, but not in the zone. The outside
        // owner comes from a parse, numbered as the zone numbers it (second), so the zone takes it for its own instance.
        var parsed = ZoneParser.Parse("$TTL 300\nfirst.example.net. A 192.0.2.3\nwww.example.net. A 192.0.2.2\n").Zone.Records;
        var zone = Zone.Create(DomainName.Parse("example.com."), [
            new ResourceRecord(DomainName.Parse("www.example.com."), 300, new AData(System.Net.IPAddress.Parse("192.0.2.1"))),
            parsed[1],
        ]);
        var outside = zone.Records[1].Owner;
        Assert.That(zone.NameOf(outside.InternGroup), Is.SameAs(outside), "the parse and the zone number the owner alike");
        Assert.Multiple(() =>
        {
            Assert.That(zone.Find(outside), Is.Not.Null, "the owner has a node");
            Assert.That(zone.FindInZone(outside, out bool inZone), Is.Null);
            Assert.That(inZone, Is.False);
            Assert.That(zone.FindInZone(zone.Records[0].Owner, out bool wwwInZone), Is.EqualTo(zone.Find(zone.Records[0].Owner)));
            Assert.That(wwwInZone, Is.True);
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_nodes_host_name_flags_are_its_names(bool parsed)
    {
        const string Text = "$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 2 3 4 5\nwww A 192.0.2.1\n_dmarc TXT \"v=DMARC1; p=none\"\n" +
            "*.w A 192.0.2.2\na_b A 192.0.2.3\n-x A 192.0.2.4\nx.y.z A 192.0.2.5\n*.*.v A 192.0.2.6\n1.2.3.4 A 192.0.2.7\nWWW MX 10 www\n";
        var zone = ZoneParser.Parse(Text).Zone;
        if (!parsed)
        {
            zone = Zone.Create(zone.Origin, zone.Records.Select(r => new ResourceRecord(DomainName.Parse(r.Owner.ToString()), r.Ttl, r.Data)));
        }

        var verdicts = new List<bool>();
        foreach (var node in zone.Nodes)
        {
            foreach (bool wildcard in new[] { false, true })
            {
                bool expected = ZoneLint.Rules.HostNames.IsValidHostName(node.Name, wildcard);
                Assert.That(zone.IsHostName(node, wildcard), Is.EqualTo(expected), $"{node}, wildcard {wildcard}");
                verdicts.Add(expected);
            }
        }

        Assert.That(verdicts, Does.Contain(true).And.Contain(false));
        Assert.That(zone.Nodes.Any(n => n.IsEmptyNonTerminal), Is.True, "an empty non-terminal, whose flags come from its name");
    }

    [Test]
    public void Owners_numbered_by_other_parses_are_compared_by_name()
    {
        // Each parse numbers its names from 1, so these two owners carry the same number.
        var a = ZoneParser.Parse("$ORIGIN example.com.\na 60 A 192.0.2.1\n").Zone.Records[0];
        var b = ZoneParser.Parse("$ORIGIN example.com.\nb 60 A 192.0.2.2\n").Zone.Records[0];
        Assert.That(a.Owner.InternGroup, Is.EqualTo(b.Owner.InternGroup));
        var zone = Zone.Create(DomainName.Parse("example.com."), [a, b]);
        Assert.That(zone.IsSameOwner(a.Owner, b.Owner), Is.False);
        Assert.That(zone.IsSameOwner(a.Owner, DomainName.Parse("A.example.com.")), Is.True);
    }

    [TestCase("$ORIGIN example.com.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\nwww A 192.0.2.1\nout.example.net. A 192.0.2.2\n", true, TestName = "A parse that checked every owner against the apex says every node is in the zone")]
    [TestCase("$TTL 1h\nout.example.net. A 192.0.2.2\nexample.com. SOA ns.example.com. h.example.com. 1 2 3 4 5\nwww.example.com. A 192.0.2.1\n", false, TestName = "An owner read before the SOA and any origin leaves the zone unsure its nodes are in it")]
    [TestCase("$TTL 1h\nwww.example.com. A 192.0.2.1\nout.example.net. A 192.0.2.2\n", false, TestName = "A zone without an SOA or an origin leaves it unsure its nodes are in it")]
    [TestCase("$ORIGIN example.com.\n$TTL 1h\nwww A 192.0.2.1\nout.example.net. A 192.0.2.2\n", true, TestName = "The first origin stands for the apex until an SOA")]
    public void Whether_every_node_is_known_to_be_in_the_zone(string text, bool known)
    {
        var zone = ZoneParser.Parse(text).Zone;
        Assert.That(zone.OwnersInZone, Is.EqualTo(known));
        foreach (var node in zone.Nodes)
        {
            Assert.That(zone.Contains(node), Is.EqualTo(zone.Contains(node.Name)), node.ToString());
        }

        // Either way the answer for a node outside the zone is that it is outside.
        if (zone.Find(DomainName.Parse("out.example.net.")) is { } outside)
        {
            Assert.That(zone.Contains(outside), Is.False);
        }
    }

    [Test]
    public void A_zone_built_in_code_checks_its_owners_against_the_apex()
    {
        var origin = DomainName.Parse("example.com.");
        var apex = new ResourceRecord(origin, 300, new NsData(DomainName.Parse("ns.example.com.")));
        var inside = new ResourceRecord(DomainName.Parse("WWW.example.com."), 300, new AData(System.Net.IPAddress.Parse("192.0.2.1")));
        var outside = new ResourceRecord(DomainName.Parse("out.example.net."), 300, new AData(System.Net.IPAddress.Parse("192.0.2.1")));
        Assert.That(Zone.Create(origin, [apex, inside, inside]).OwnersInZone, Is.True);

        var zone = Zone.Create(origin, [apex, inside, outside, inside]);
        Assert.That(zone.OwnersInZone, Is.False);
        Assert.That(zone.Contains(zone.Find(DomainName.Parse("out.example.net."))!.Value), Is.False);
        Assert.That(zone.Contains(zone.Apex!.Value), Is.True);
    }
}
