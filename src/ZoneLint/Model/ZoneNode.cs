using System.Runtime.CompilerServices;

namespace ZoneLint.Model;

/// <summary>One name of a zone with its records, grouped by type; or an empty non-terminal (a name with no records but names below it).</summary>
/// <remarks>
/// A view of one entry of the zone's node table; two views are equal when they are of the same entry of the same zone.
/// <see langword="default"/> is no node. PERF: a zone of a million records has some 850,000 nodes; as objects they
/// were 56 bytes each and as many references in the zone's lists, for the GC to trace on every full collection. As
/// entries of one array they are 16 bytes, and the lists hold their numbers.
/// </remarks>
public readonly struct ZoneNode : IEquatable<ZoneNode>
{
    private readonly Zone zone;
    private readonly int id;

    internal ZoneNode(Zone zone, int id)
    {
        this.zone = zone;
        this.id = id;
    }

    /// <summary>The node's number in its zone (<see cref="Zone"/>'s node table).</summary>
    internal int Id => id;

    private ref readonly NodeEntry Entry => ref zone.EntryOf(id);

    /// <summary>The node's types as a mask (see <see cref="NodeEntry.TypeMask"/>), read without touching a record.</summary>
    internal ulong TypeMask => Entry.TypeMask;

    /// <summary>The cut and the DNAME above this name, as node numbers (set by the zone).</summary>
    internal NodeAncestry Ancestry => zone.AncestryOf(id);

    /// <summary>The highest zone cut at or below the apex that is at or above this name, if any (set by the zone).</summary>
    internal DomainName? HighestCut => zone.AncestryOf(id).HighestCut is var cut and not 0 ? zone.NameOf(cut) : null;

    /// <summary>The closest DNAME owner strictly above this name, if any (set by the zone).</summary>
    internal DomainName? DNameAbove => zone.AncestryOf(id).DNameAbove is var owner and not 0 ? zone.NameOf(owner) : null;

    internal bool HasDName => Has(RRType.DNAME);

    /// <summary>Whether this is the apex node: its name is the origin, told by number rather than by reading the name.</summary>
    internal bool IsApex => id != 0 && id == zone.ApexId;

    /// <summary>The name.</summary>
    public DomainName Name => zone.NameOf(id);

    /// <summary>The records at this name, grouped by type, file order within a type.</summary>
    /// <remarks>PERF: a view made on each call rather than kept: one field less on each of a zone's nodes.</remarks>
    public IReadOnlyList<ResourceRecord> Records => new ArraySegment<ResourceRecord>(zone.NodeRecords, Entry.Start, RecordSpan.Length);

    /// <summary>The records as a span: no enumerator and no interface calls in the rules' hot loops.</summary>
    /// <remarks>PERF: the span's constructor, not <c>AsSpan</c>: precompiled (ReadyToRun) code cannot inline the framework's <c>AsSpan</c>, and called it once per lookup.</remarks>
    internal ReadOnlySpan<ResourceRecord> RecordSpan => zone.RecordsOf(id);

    /// <summary>Whether the name has no records but names below it exist (RFC 4592 §2.2.2).</summary>
    public bool IsEmptyNonTerminal => Entry.TypeMask == 0;

    /// <summary>Whether the name has records of <paramref name="type"/>.</summary>
    public bool Has(RRType type) => (Entry.TypeMask & TypeBit(type)) != 0 && (type.Value < 63 || IndexOf(RecordSpan, type) >= 0);

    /// <summary>The RRset of <paramref name="type"/> at this name; empty when there is none.</summary>
    public ReadOnlySpan<ResourceRecord> Get(RRType type)
    {
        ulong typeMask = Entry.TypeMask;
        ulong bit = TypeBit(type);
        if ((typeMask & bit) == 0)
        {
            return [];
        }

        var records = RecordSpan;

        if (type.Value >= 63)
        {
            return Scan(records, type);
        }

        // PERF: records are sorted by type, so the mask says whether the RRset starts the node's records or ends them.
        // Most names own one or two types, and then the records are found without reading every one before them:
        // IndexOf's scan, a cache miss per record, was the rule pass's hottest frame (7% of samples, 1M-record zone).
        bool lowest = (typeMask & (bit - 1)) == 0;
        bool highest = (typeMask & ~(bit | (bit - 1))) == 0;
        if (lowest && highest)
        {
            return records;
        }

        if (lowest)
        {
            int end = 1;
            while (records[end].Type == type)
            {
                end++;
            }

            return records[..end];
        }

        if (highest)
        {
            int first = records.Length - 1;
            while (records[first - 1].Type == type)
            {
                first--;
            }

            return records[first..];
        }

        return Scan(records, type);
    }

    /// <summary>The types present at this name, each once, in ascending order.</summary>
    public IEnumerable<RRType> Types
    {
        get
        {
            var all = zone.NodeRecords;
            int start = Entry.Start, count = RecordSpan.Length;
            for (int i = 0; i < count; i++)
            {
                if (i == 0 || all[start + i].Type != all[start + i - 1].Type)
                {
                    yield return all[start + i].Type;
                }
            }
        }
    }

    // PERF: inlined by request, with no call out to Math.Min: the precompiled Get and Has, which the rules call millions
    // of times, called it (the image's disassembly).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong TypeBit(RRType type) => type.Value < 63 ? 1UL << type.Value : 1UL << 63;

    private static ReadOnlySpan<ResourceRecord> Scan(ReadOnlySpan<ResourceRecord> records, RRType type)
    {
        int first = IndexOf(records, type);
        if (first < 0)
        {
            return [];
        }

        return records[first..EndOfRRset(records, first)];
    }

    /// <summary>Where the RRset that starts at <paramref name="start"/> of a node's records (sorted by type) ends.</summary>
    internal static int EndOfRRset(ReadOnlySpan<ResourceRecord> records, int start)
    {
        var type = records[start].Type;
        int end = start + 1;
        while (end < records.Length && records[end].Type == type)
        {
            end++;
        }

        return end;
    }

    private static int IndexOf(ReadOnlySpan<ResourceRecord> records, RRType type)
    {
        // Few records share a name, and then a linear scan beats a binary search. SECURITY: a name can own thousands of
        // types (RFC 3597 lets a zone write any), and rules look each of them up: scanned, 60,000 types at one name and
        // their signatures took more than five minutes.
        if (records.Length > 16)
        {
            int low = 0, high = records.Length;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                if (records[middle].Type < type)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low < records.Length && records[low].Type == type ? low : -1;
        }

        for (int i = 0; i < records.Length; i++)
        {
            if (records[i].Type == type)
            {
                return i;
            }

            if (records[i].Type > type)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public bool Equals(ZoneNode other) => ReferenceEquals(zone, other.zone) && id == other.id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ZoneNode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(zone), id);

    /// <inheritdoc/>
    public override string ToString() => zone is null ? string.Empty : Name.ToString();

    /// <summary>Whether two views are of the same node.</summary>
    public static bool operator ==(ZoneNode left, ZoneNode right) => left.Equals(right);

    /// <summary>Whether two views are of different nodes.</summary>
    public static bool operator !=(ZoneNode left, ZoneNode right) => !left.Equals(right);
}
