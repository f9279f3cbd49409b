using System.Globalization;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Rules.Records;

/// <summary>
/// A DNS message is at most 65,535 octets: over TCP "The message is prefixed with a two byte length field which gives
/// the message length" (RFC 1035 §4.2.2), and an answer carries a whole RRset (RFC 2181 §5). An RRset whose smallest
/// possible answer is larger can never be sent: servers refuse to load it (BIND: "ran out of space") or fail the query.
/// The smallest answer is counted with every name compressed as far as it can be: the header, the question, and per
/// record a two-octet pointer for its owner, its type, class, TTL and RDATA length, and its RDATA, in which names of the
/// RFC 1035 types count as a two-octet pointer each (RFC 3597 §4 allows no other compression). A record too large on
/// its own is the parser's (ZL0002) in a zone file; this rule sees it in zones built in code.
/// </summary>
[ZoneRule("ZL7010", "RRset too large for a DNS message", "the {0} RRset at '{1}' ({2}) needs at least {3} octets in an answer, more than the 65,535 a DNS message holds: no server can send it", RuleCategories.Records, DiagnosticSeverity.Error)]
internal sealed class ZL7010RRsetTooLarge : ZoneRule
{
    private const int MaxMessage = ushort.MaxValue;

    // The header (12 octets), and per record its owner as a pointer (2) and type, class, TTL and RDATA length (10).
    private const int Header = 12;
    private const int RecordOverhead = 2 + 10;

    // How many records of the small types below fit a message at any name: SOA's 24 octets are the most of them. More
    // than Zone.ManyRecords, so that a name of fewer records needs only its other types' RRsets checked.
    private const int FewSmallRecords = (MaxMessage - Header - (DomainName.MaxWireLength + 4)) / (RecordOverhead + 24);

    // The fewest octets of RDATA of the types sized without their data, by type value (0: sized from the data): names
    // of the RFC 1035 types as two-octet pointers.
    private static readonly byte[] SmallSizes = SizesOf(
        (RRType.A, 4), (RRType.AAAA, 16), (RRType.SOA, 2 + 2 + 20), (RRType.MX, 2 + 2), (RRType.MINFO, 2 + 2),
        (RRType.NS, 2), (RRType.CNAME, 2), (RRType.PTR, 2), (RRType.MD, 2), (RRType.MF, 2), (RRType.MB, 2), (RRType.MG, 2), (RRType.MR, 2));

    private static readonly ulong SmallTypes = SmallSizes.Select((size, type) => size > 0 ? 1UL << type : 0).Aggregate(0UL, (mask, bit) => mask | bit);

    public override void Analyze(RuleContext context)
    {
        // PERF: only a name of many records, or an RRset of a type sized from its data, can be too large, so the rule
        // visits those instead of every name of the zone: walking some 780,000 names to pass over most of them was most
        // of its 130 ms at a million records.
        var zone = context.Zone;
        foreach (var node in zone.NodesWithManyRecords)
        {
            var records = node.RecordSpan;
            if (records.Length > FewSmallRecords || (node.TypeMask & ~SmallTypes) != 0)
            {
                for (int start = 0, end; start < records.Length; start = end)
                {
                    end = ZoneNode.EndOfRRset(records, start);
                    Check(context, node, records[start..end]);
                }
            }
        }

        foreach (var type in zone.RecordTypes)
        {
            if (IsSizedByType(type.Value))
            {
                continue;
            }

            foreach (var node in zone.NodesWith(type, NodeReads.Data))
            {
                // Names of many records were checked whole above; at the others, RRsets of small types fit a message.
                if (node.RecordSpan.Length <= Zone.ManyRecords)
                {
                    Check(context, node, node.Get(type));
                }
            }
        }
    }

    private static void Check(RuleContext context, ZoneNode node, ReadOnlySpan<ResourceRecord> rrset)
    {
        // The header, the question (the name in full, type and class), and the records. PERF: the name's length is read
        // only when it can decide: reading the name, a cache miss at every node visited, was 91% of the rule's samples.
        long size = Header + 4;
        foreach (var record in rrset)
        {
            size += RecordOverhead + SmallestRdata(record);
        }

        if (size + DomainName.MaxWireLength <= MaxMessage)
        {
            return;
        }

        size += node.Name.WireLength;
        if (size > MaxMessage)
        {
            string counted = rrset.Length == 1 ? "1 record" : rrset.Length.ToString("N0", CultureInfo.InvariantCulture) + " records";
            context.Report(rrset[0], rrset[0].Type, node.Name, counted, size.ToString("N0", CultureInfo.InvariantCulture));
        }
    }

    private static byte[] SizesOf(params (RRType Type, byte Size)[] sizes)
    {
        var bySize = new byte[sizes.Max(s => s.Type.Value) + 1];
        foreach (var (type, size) in sizes)
        {
            bySize[type.Value] = size;
        }

        return bySize;
    }

    private static bool IsSizedByType(ushort type) => type < SmallSizes.Length && SmallSizes[type] > 0;

    /// <summary>The fewest octets the record's RDATA takes in a message.</summary>
    private static int SmallestRdata(ResourceRecord record)
    {
        // PERF: the types of most records are sized without writing them out.
        ushort type = record.Type.Value;
        if (IsSizedByType(type))
        {
            return SmallSizes[type];
        }

        // PERF: and the common types sized from their data, from their fields: writing SRV and CAA records out was most of
        // what the rule took once it stopped visiting every name.
        var data = record.Data;
        switch (data)
        {
            case CharacterStringsData strings:
                return strings.TotalLength + strings.Strings.Length;
            case SrvData srv:
                return 2 + 2 + 2 + srv.Target.WireLength; // RFC 2782: the target is not compressed.
            case CaaData caa:
                return 1 + 1 + caa.Tag.Length + caa.Value.Length;
        }

        var writer = WireWriter.Rent();
        try
        {
            data.WriteWire(writer, WireForm.Original);
            return writer.Length;
        }
        finally
        {
            WireWriter.Return(writer);
        }
    }
}
