namespace ZoneLint.Model;

/// <summary>One name of a zone with its records, grouped by type; or an empty non-terminal (a name with no records but names below it).</summary>
public sealed class ZoneNode
{
    // PERF: a node's records are a slice of one array the zone holds for all of them, not an array per node: a zone
    // of a million records has some 600,000 names, and as many small arrays were that much more for the GC to trace.
    private readonly ResourceRecord[] all;
    private readonly int start;
    private readonly int count;

    // PERF: bit t set when the node has type t (t < 63), bit 63 for any type from 63 up. Most lookups are for a type
    // the node lacks (is there a CNAME here? an MX?), and the mask answers those without touching a record.
    private readonly ulong typeMask;

    internal ZoneNode(DomainName name, ResourceRecord[] recordsByType)
        : this(name, recordsByType, 0, recordsByType.Length)
    {
    }

    internal ZoneNode(DomainName name, ResourceRecord[] all, int start, int count)
    {
        Name = name;
        this.all = all;
        this.start = start;
        this.count = count;
        foreach (var record in all.AsSpan(start, count))
        {
            typeMask |= TypeBit(record.Type);
        }
    }

    // PERF: the cut and the DNAME above a node, shared by every node with the same two: one for all the names outside
    // cuts and DNAMEs, one per cut for the names at and below it. Two references of each node's own made every node 64
    // bytes instead of 56 (7 MB at a million records); a marker instance says the zone has not worked them out yet.
    private Ancestry ancestry = Ancestry.Unresolved;

    /// <summary>The highest zone cut at or below the apex that is at or above this name, if any (set by the zone).</summary>
    internal DomainName? HighestCut => ancestry.HighestCut;

    /// <summary>The closest DNAME owner strictly above this name, if any (set by the zone).</summary>
    internal DomainName? DNameAbove => ancestry.DNameAbove;

    /// <summary>Whether the zone has worked out <see cref="HighestCut"/> and <see cref="DNameAbove"/>.</summary>
    internal bool AncestryResolved => !ReferenceEquals(ancestry, Ancestry.Unresolved);

    internal bool HasDName => Has(RRType.DNAME);

    /// <summary>The name.</summary>
    public DomainName Name { get; }

    /// <summary>The records at this name, grouped by type, file order within a type.</summary>
    /// <remarks>PERF: a view made on each call rather than kept: one field less on each of a zone's nodes.</remarks>
    public IReadOnlyList<ResourceRecord> Records => new ArraySegment<ResourceRecord>(all, start, count);

    /// <summary>The records as a span: no enumerator and no interface calls in the rules' hot loops.</summary>
    /// <remarks>PERF: the span's constructor, not <c>AsSpan</c>: precompiled (ReadyToRun) code cannot inline the framework's <c>AsSpan</c>, and called it once per lookup.</remarks>
    internal ReadOnlySpan<ResourceRecord> RecordSpan => new(all, start, count);

    /// <summary>Whether the name has no records but names below it exist (RFC 4592 §2.2.2).</summary>
    public bool IsEmptyNonTerminal => count == 0;

    /// <summary>
    /// True when every RRset at this name is one record (or there are none); false when some RRset has more, and also,
    /// not knowing, when the name has types from 63 up (they share one bit of the mask).
    /// </summary>
    /// <remarks>PERF: answered from the count and the type mask, so rules about RRsets of two or more skip most names unread.</remarks>
    internal bool HasOnlySingleRecordRRsets => (typeMask >> 63) == 0 && count == System.Numerics.BitOperations.PopCount(typeMask);

    /// <summary>Whether the name has records of <paramref name="type"/>.</summary>
    public bool Has(RRType type) => (typeMask & TypeBit(type)) != 0 && (type.Value < 63 || IndexOf(RecordSpan, type) >= 0);

    /// <summary>The RRset of <paramref name="type"/> at this name; empty when there is none.</summary>
    public ReadOnlySpan<ResourceRecord> Get(RRType type)
    {
        var records = RecordSpan;
        ulong bit = TypeBit(type);
        if ((typeMask & bit) == 0)
        {
            return [];
        }

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
            for (int i = 0; i < count; i++)
            {
                if (i == 0 || all[start + i].Type != all[start + i - 1].Type)
                {
                    yield return all[start + i].Type;
                }
            }
        }
    }

    /// <summary>Sets the node's ancestry, sharing <paramref name="parent"/>'s when it is the same.</summary>
    internal void SetAncestry(DomainName? highestCut, DomainName? dnameAbove, ZoneNode? parent = null)
    {
        if (highestCut is null && dnameAbove is null)
        {
            ancestry = Ancestry.None;
        }
        else if (parent is not null && ReferenceEquals(parent.HighestCut, highestCut) && ReferenceEquals(parent.DNameAbove, dnameAbove))
        {
            ancestry = parent.ancestry;
        }
        else
        {
            ancestry = new Ancestry(highestCut, dnameAbove);
        }
    }

    private static ulong TypeBit(RRType type) => 1UL << Math.Min((int)type.Value, 63);

    private static ReadOnlySpan<ResourceRecord> Scan(ReadOnlySpan<ResourceRecord> records, RRType type)
    {
        int first = IndexOf(records, type);
        if (first < 0)
        {
            return [];
        }

        int end = first + 1;
        while (end < records.Length && records[end].Type == type)
        {
            end++;
        }

        return records[first..end];
    }

    private static int IndexOf(ReadOnlySpan<ResourceRecord> records, RRType type)
    {
        // Few types share a name; a linear scan beats a binary search at this size.
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
    public override string ToString() => Name.ToString();

    private sealed class Ancestry(DomainName? highestCut, DomainName? dnameAbove)
    {
        public static readonly Ancestry None = new(null, null);

        public static readonly Ancestry Unresolved = new(null, null);

        public DomainName? HighestCut { get; } = highestCut;

        public DomainName? DNameAbove { get; } = dnameAbove;
    }
}
