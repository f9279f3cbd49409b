using System.Net;
using System.Runtime.CompilerServices;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Model;

/// <summary>
/// The compact forms the parser and the model keep for speed: names interned and looked up by their recent text, the
/// RDATA's place kept as deltas in <see cref="ResourceRecord"/>, AAAA octets read without <see cref="IPAddress"/>.
/// Each must give back exactly what a plain form would.
/// </summary>
public class CompactModelTests
{
    private static ParseResult Parse(string body) =>
        ZoneParser.Parse("$TTL 300\n" + body, ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });

    [Test]
    public void The_same_relative_text_under_another_origin_is_another_name()
    {
        var result = Parse(
            "$ORIGIN a.example.com.\nx A 192.0.2.1\ny CNAME x\n" +
            "$ORIGIN b.example.com.\nx A 192.0.2.2\ny CNAME x\n");
        var records = result.Zone.Records;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "x.a.example.com.", "y.a.example.com.", "x.b.example.com.", "y.b.example.com." }));
            Assert.That(((CNameData)records[1].Data).Target.ToString(), Is.EqualTo("x.a.example.com."));
            Assert.That(((CNameData)records[3].Data).Target.ToString(), Is.EqualTo("x.b.example.com."));
            Assert.That(result.Zone.Nodes.Count(), Is.EqualTo(6), "four owners and the empty non-terminals a and b");
        });
    }

    [Test]
    public void Names_equal_but_for_case_keep_their_spelling_and_share_a_node()
    {
        var result = Parse("www A 192.0.2.1\nWWW A 192.0.2.2\nwww A 192.0.2.3\nWwW MX 10 WWW\n");
        var records = result.Zone.Records;
        Assert.Multiple(() =>
        {
            Assert.That(records.Select(r => r.Owner.ToString()), Is.EqualTo(new[] { "www.example.com.", "WWW.example.com.", "www.example.com.", "WwW.example.com." }));
            Assert.That(records[0].Owner, Is.SameAs(records[2].Owner));
            Assert.That(((MxData)records[3].Data).Exchange.ToString(), Is.EqualTo("WWW.example.com."));
            Assert.That(result.Zone.Find(DomainName.Parse("www.example.com."))!.Value.Records, Has.Count.EqualTo(4));
        });
    }

    private static IEnumerable<TestCaseData> Locations()
    {
        var record = new SourceLocation("zone.db", 10, 1);
        yield return new TestCaseData(record, new SourceLocation("zone.db", 10, 12)).SetArgDisplayNames("same line");
        yield return new TestCaseData(record, new SourceLocation("zone.db", 12, 5)).SetArgDisplayNames("later line");
        yield return new TestCaseData(record, new SourceLocation("zone.db", 9, 5)).SetArgDisplayNames("earlier line");
        yield return new TestCaseData(record, new SourceLocation("zone.db", 10, 70000)).SetArgDisplayNames("far column");
        yield return new TestCaseData(record, new SourceLocation("zone.db", 400, 3)).SetArgDisplayNames("far line");
        yield return new TestCaseData(record, new SourceLocation("other.db", 10, 12)).SetArgDisplayNames("another file");
        yield return new TestCaseData(new SourceLocation(null, 3, 2), new SourceLocation(null, 3, 9)).SetArgDisplayNames("no file");
        yield return new TestCaseData(new SourceLocation("zone.db", int.MinValue, 1), new SourceLocation("zone.db", int.MaxValue, 1)).SetArgDisplayNames("extreme lines");
        yield return new TestCaseData(new SourceLocation("zone.db", 10, 255), new SourceLocation("zone.db", 10, 65535)).SetArgDisplayNames("widest columns kept inline");
        yield return new TestCaseData(new SourceLocation("zone.db", 10, 256), new SourceLocation("zone.db", 10, 260)).SetArgDisplayNames("far record column");
        yield return new TestCaseData(new SourceLocation("zone.db", 10, 3), new SourceLocation("zone.db", 10, 65536)).SetArgDisplayNames("far RDATA column");
        yield return new TestCaseData(new SourceLocation("zone.db", 10, 1), new SourceLocation("zone.db", 136, 3)).SetArgDisplayNames("RDATA lines below, the most kept inline");
        yield return new TestCaseData(new SourceLocation("zone.db", 10, 1), new SourceLocation("zone.db", 137, 3)).SetArgDisplayNames("RDATA lines below, one more: the number that marks a side object");
        yield return new TestCaseData(new SourceLocation("zone.db", 10, 1), new SourceLocation(new string("zone.db".AsSpan()), 11, 3)).SetArgDisplayNames("the same file as another string");
        yield return new TestCaseData(new SourceLocation("zone.db", 10, -1), new SourceLocation("zone.db", 10, 3)).SetArgDisplayNames("negative column");
    }

    [TestCaseSource(nameof(Locations))]
    public void A_record_gives_back_the_locations_and_class_it_was_made_with(SourceLocation location, SourceLocation dataLocation)
    {
        foreach (var recordClass in new[] { RRClass.IN, new RRClass(3), new RRClass(255), new RRClass(65535) })
        {
            foreach (bool explicitTtl in new[] { true, false })
            {
                var record = new ResourceRecord(DomainName.Parse("example.com."), recordClass, 60, explicitTtl, new TxtData("x"), location, dataLocation);
                Assert.Multiple(() =>
                {
                    Assert.That(record.Location, Is.EqualTo(location));
                    Assert.That(record.DataLocation, Is.EqualTo(dataLocation));
                    Assert.That(record.Class, Is.EqualTo(recordClass));
                    Assert.That(record.HasExplicitTtl, Is.EqualTo(explicitTtl));
                });
            }
        }
    }

    [Test]
    public void A_parsed_record_takes_32_bytes_of_an_array_and_a_node_16_bytes_of_its_zones_table()
    {
        // The parser makes a record per record read and the zone a node per name: at a million records each 8 bytes is
        // 8 MB. A record is a value in the zone's array, not an object (48 bytes and a reference of 8 when it was one);
        // common records (class IN, a column under 256, the RDATA shortly after) need no side object.
        var owner = DomainName.Parse("www.example.com.");
        var data = new TxtData("x");
        var location = new SourceLocation("zone.db", 10, 1);
        var dataLocation = new SourceLocation("zone.db", 11, 12);
        var records = new ResourceRecord[1000];
        records[0] = new ResourceRecord(owner, RRClass.IN, 60, true, data, location, dataLocation); // numbers the file
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new ResourceRecord(owner, RRClass.IN, 60, true, data, location, dataLocation);
        }

        long afterRecords = GC.GetAllocatedBytesForCurrentThread();
        Assert.Multiple(() =>
        {
            Assert.That(afterRecords - before, Is.Zero, "bytes allocated to make records");
            Assert.That(Unsafe.SizeOf<ResourceRecord>(), Is.EqualTo(32), "bytes per record");
            Assert.That(Unsafe.SizeOf<NodeEntry>(), Is.EqualTo(16), "bytes per node");
        });
    }

    [Test]
    public void The_name_table_takes_under_19_bytes_a_name_at_the_size_it_reserves()
    {
        // Slots of a hash and a number, a third of them spare (8 * 4/3 bytes a name), and the names by number (8 bytes):
        // the slots alone took 21 bytes a name when each held its name too.
        const int names = 100_000;
        var table = new NameTable();
        long before = GC.GetAllocatedBytesForCurrentThread();
        table.Reserve(names);
        long perName = (GC.GetAllocatedBytesForCurrentThread() - before) / names;
        for (int i = 0; i < names; i++)
        {
            table.Intern(DomainName.Parse($"h{i}.example.com.").Wire);
        }

        Assert.Multiple(() =>
        {
            Assert.That(perName, Is.LessThan(19));
            Assert.That(table.Slots, Is.EqualTo(names + (names / 3) + 1), "reserved enough: it did not grow");
            Assert.That(table.NameOf(names).ToString(), Is.EqualTo($"h{names - 1}.example.com."));
        });
    }

    [Test]
    public void A_name_in_a_block_takes_32_bytes()
    {
        // The parser makes a name per distinct name read, some 850,000 at a million records; their octets share blocks.
        byte[] block = [3, (byte)'w', (byte)'w', (byte)'w', 7, .. "example"u8, 3, .. "com"u8, 0];
        var names = new DomainName[1000];
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = new DomainName(block, 0, block.Length);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Multiple(() =>
        {
            Assert.That(allocated / names.Length, Is.EqualTo(32));
            Assert.That(names[^1], Is.EqualTo(DomainName.Parse("WWW.Example.COM.")));
            Assert.That(names[^1].GetHashCode(), Is.EqualTo(DomainName.Parse("WWW.Example.COM.").GetHashCode()));
        });
    }

    [Test]
    public void A_name_far_into_a_large_buffer_is_copied_out_of_it()
    {
        var buffer = new byte[70_000];
        byte[] wire = [3, (byte)'f', (byte)'a', (byte)'r', 0];
        wire.CopyTo(buffer, 69_000);
        var name = new DomainName(buffer, 69_000, wire.Length);
        buffer.AsSpan().Clear();
        Assert.That(name.ToString(), Is.EqualTo("far."));
    }

    [Test]
    public void Files_are_numbered_once_each_up_to_the_capacity()
    {
        var files = new SourceFiles(capacity: 3);
        Assert.Multiple(() =>
        {
            Assert.That(files.TryNumber(null, out ushort none) && none == 0, "no file is 0");
            Assert.That(files.TryNumber("a.db", out ushort a), Is.True);
            Assert.That(files.TryNumber("b.db", out ushort b), Is.True);
            Assert.That(files.TryNumber(new string("a.db".AsSpan()), out ushort again) && again == a, "the same path as another string");
            Assert.That(files.TryNumber("c.db", out ushort c), Is.True);
            Assert.That(files.TryNumber("d.db", out _), Is.False, "past the capacity");
            Assert.That(new[] { a, b, c }, Is.Unique.And.All.GreaterThan(0));
            Assert.That(new[] { files.Get(a), files.Get(b), files.Get(c), files.Get(0) }, Is.EqualTo(new[] { "a.db", "b.db", "c.db", null }));
        });
    }

    [Test]
    public void Records_of_files_read_on_several_threads_keep_their_files()
    {
        var paths = Enumerable.Range(0, 40).Select(i => $"threads-{i}.db").ToArray();
        var records = new ResourceRecord[paths.Length][];
        Parallel.For(0, paths.Length, i => records[i] = Enumerable.Range(1, 50)
            .Select(line => new ResourceRecord(DomainName.Parse("example.com."), RRClass.IN, 60, true, new TxtData("x"), new SourceLocation(paths[i], line, 1), default))
            .ToArray());
        Assert.That(records.Select((batch, i) => batch.All(r => r.Location.File == paths[i] && r.DataLocation.File == paths[i])), Is.All.True);
    }

    [TestCase(5_000, 6_667, TestName = "A zone built from records sizes its name table once for them")]
    [TestCase(40, 64, TestName = "A small zone built from records keeps the table's first size")]
    public void A_zone_built_from_records_sizes_its_name_table_for_them(int owners, int slots)
    {
        // Grown by doubling instead, the table of 5,000 owners would end at 8,192 slots, having made every size before it.
        var records = Enumerable.Range(0, owners).Select(i => new ResourceRecord(DomainName.Parse($"h{i}.a.example.com."), 60, new AData(IPAddress.Parse("192.0.2.1"))));
        var zone = Zone.Create(DomainName.Parse("example.com."), records);
        Assert.Multiple(() =>
        {
            Assert.That(zone.NameSlots, Is.EqualTo(slots));
            Assert.That(zone.Find(DomainName.Parse($"h{owners - 1}.a.example.com."))?.Get(RRType.A).Length, Is.EqualTo(1));
            Assert.That(zone.Find(DomainName.Parse("a.example.com.")), Is.Not.Null, "the empty non-terminal is a node");
        });
    }

    [Test]
    public void Finding_a_node_and_reading_its_records_allocates_nothing()
    {
        // A node is an entry of its zone's table, read through a view: no object per node, none per lookup.
        var names = Enumerable.Range(0, 100).Select(i => DomainName.Parse($"h{i}.example.com.")).ToArray();
        var zone = Zone.Create(DomainName.Parse("example.com."), names.Select(n => new ResourceRecord(n, 60, new AData(IPAddress.Parse("192.0.2.1")))));
        int found = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var name in names)
        {
            if (zone.Find(name) is { } node && node.Get(RRType.A).Length == 1 && node.Name == name)
            {
                found++;
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(names.Length));
            Assert.That(allocated, Is.Zero);
        });
    }

    [TestCase(900, 1201, 900, 1201, TestName = "A table is sized for a guessed count of names to fill three quarters of it, and they fit")]
    [TestCase(900, 1201, 902, 2402, TestName = "Names past three quarters of the table grow it as without a guess")]
    [TestCase(700_000, 933_334, 700_000, 933_334, TestName = "A large table is sized for the guess, not to the next power of two")]
    [TestCase(10, 64, 40, 64, TestName = "A small guess leaves the first size")]
    public void The_name_table_is_sized_once_for_a_guess_and_grows_only_past_it(int guess, int slotsReserved, int names, int slotsAfter)
    {
        var table = new NameTable();
        table.Reserve(guess);
        Assert.That(table.Slots, Is.EqualTo(slotsReserved));
        var wires = new byte[names][];
        for (int i = 0; i < names; i++)
        {
            wires[i] = DomainName.Parse($"n{i}.example.com.").Wire.ToArray();
            table.Intern(wires[i]);
        }

        Assert.Multiple(() =>
        {
            Assert.That(table.Slots, Is.EqualTo(slotsAfter));
            Assert.That(table.Groups, Is.EqualTo(names));
            for (int i = 0; i < names; i++)
            {
                if (table.Intern(wires[i]).InternGroup != i + 1)
                {
                    Assert.Fail($"n{i} lost its number ({i + 1}) or was interned again");
                }
            }
        });
    }

    [Test]
    public void A_cleared_name_table_keeps_its_size_and_numbers_names_afresh()
    {
        var table = new NameTable();
        var wires = new byte[5_000][];
        for (int i = 0; i < wires.Length; i++)
        {
            wires[i] = DomainName.Parse($"n{i}.example.com.").Wire.ToArray();
            table.Intern(wires[i]);
        }

        var before = table.Intern(wires[10]);
        int slots = table.Slots;
        table.Clear();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var wire in wires)
        {
            table.Intern(wire);
        }

        // Each name made anew is 32 bytes and its octets; a table grown back from its first size would add some 200 KB.
        long names = wires.Sum(w => 32L + w.Length);
        long made = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var again = table.Intern(wires[10]);
        Assert.Multiple(() =>
        {
            Assert.That(table.Slots, Is.EqualTo(slots));
            Assert.That(table.Groups, Is.EqualTo(wires.Length));
            Assert.That(again, Is.Not.SameAs(before), "the name was forgotten and made anew");
            Assert.That(again.InternGroup, Is.EqualTo(11));
            Assert.That(table.NameOf(11), Is.SameAs(again));
            Assert.That(made, Is.LessThan(names + (32 * 1024)));
        });
    }

    [Test]
    public void An_unknown_data_location_is_the_record_location()
    {
        var location = new SourceLocation("zone.db", 4, 7);
        var record = new ResourceRecord(DomainName.Parse("example.com."), RRClass.IN, 60, true, new TxtData("x"), location, default);
        Assert.That(record.DataLocation, Is.EqualTo(location));
    }

    [TestCase("2001:db8::1")]
    [TestCase("::")]
    [TestCase("::1")]
    [TestCase("1::")]
    [TestCase("1:2:3:4:5:6:7:8")]
    [TestCase("1:2:3:4:5:6:7::")]
    [TestCase("::2:3:4:5:6:7:8")]
    [TestCase("::ffff:192.0.2.1")]
    [TestCase("1:2:3:4:5:6:192.0.2.1")]
    [TestCase("FE80:0:0:0:0:0:0:ABCD")]
    [TestCase("::ffff:1.2.3.04")]
    public void AAAA_text_forms_give_the_octets_IPAddress_gives(string text)
    {
        var result = Parse($"x AAAA {text}\n");
        Assert.That(result.Diagnostics, Is.Empty);
        var data = (AaaaData)result.Zone.Records[0].Data;
        Assert.That(data.Address.GetAddressBytes(), Is.EqualTo(IPAddress.Parse(text).GetAddressBytes()));
    }

    [TestCase("1:2:3:4:5:6:7:8:9")]
    [TestCase("1:2:3:4:5:6:7")]
    [TestCase("1::2::3")]
    [TestCase("1:::2")]
    [TestCase(":1::2")]
    [TestCase("1::2:")]
    [TestCase("12345::1")]
    [TestCase("1:2:3:4::5:6:7:8")]
    [TestCase("::ffff:01.2.3.4")]
    [TestCase("::ffff:1.2.3")]
    [TestCase("1.2.3.4::")]
    [TestCase("::g")]
    [TestCase("fe80::1%eth0")]
    public void AAAA_text_that_is_not_an_RFC_4291_address_is_refused(string text)
    {
        var result = Parse($"x AAAA {text}\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Zone.Records, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("is not an IPv6 address"));
        });
    }

    [Test]
    public void A_and_AAAA_made_from_an_address_give_it_back()
    {
        var v4 = IPAddress.Parse("192.0.2.77");
        var v6 = IPAddress.Parse("2001:db8::77");
        Assert.Multiple(() =>
        {
            Assert.That(new AData(v4).Address, Is.EqualTo(v4));
            Assert.That(new AaaaData(v6).Address, Is.EqualTo(v6));
            Assert.That(new AaaaData(v6).ToString(), Is.EqualTo("2001:db8::77"));
        });
    }

    [Test]
    public void A_small_zone_kept_after_parsing_holds_little_memory()
    {
        // Panels lint thousands of small zones in one process and keep the results; names are packed into shared
        // blocks, and a small zone must not keep a large one alive.
        const int zones = 200;
        var kept = new ParseResult[zones];
        long before = GC.GetTotalMemory(forceFullCollection: true);
        for (int i = 0; i < zones; i++)
        {
            kept[i] = Parse($"@ SOA ns1 admin 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.{i % 250}\nwww CNAME ns1\n");
        }

        long perZone = (GC.GetTotalMemory(forceFullCollection: true) - before) / zones;
        Assert.That(kept.Sum(k => k.Zone.Records.Count), Is.EqualTo(4 * zones));
        Assert.That(perZone, Is.LessThan(8 * 1024), "bytes kept per four-record zone");
    }
}
