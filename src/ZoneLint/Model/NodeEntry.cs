namespace ZoneLint.Model;

/// <summary>What a zone keeps of one node (<see cref="ZoneNode"/>): its name, where its records are, their types and its ancestry.</summary>
internal struct NodeEntry
{
    /// <summary>The name; <see langword="null"/> for a number that has no node (a name only named in records' data).</summary>
    public DomainName? Name;

    /// <summary>The cut and the DNAME above the node.</summary>
    public NodeAncestry Ancestry;

    /// <summary>
    /// Bit t set when the node has type t (t &lt; 63), bit 63 for any type from 63 up. PERF: most lookups are for a type
    /// the node lacks (is there a CNAME here? an MX?), and the mask answers those without touching a record.
    /// </summary>
    public ulong TypeMask;

    /// <summary>Where the node's records start in the zone's array of records by node, grouped by type.</summary>
    public int Start;

    /// <summary>How many records the node has; 0 for an empty non-terminal.</summary>
    public int Count;

    public NodeEntry(DomainName name, ReadOnlySpan<ResourceRecord> all, int start, int count)
    {
        Name = name;
        Ancestry = NodeAncestry.Unresolved;
        Start = start;
        Count = count;
        foreach (var record in all.Slice(start, count))
        {
            TypeMask |= ZoneNode.TypeBit(record.Type);
        }
    }
}

/// <summary>
/// The highest zone cut at or below the apex that is at or above a node, and the closest DNAME owner strictly above it.
/// </summary>
/// <remarks>
/// PERF: shared by every node with the same two: one for all the names outside cuts and DNAMEs, one per cut for the
/// names at and below it. A marker instance says the zone has not worked them out yet.
/// </remarks>
internal sealed class NodeAncestry(DomainName? highestCut, DomainName? dnameAbove)
{
    public static readonly NodeAncestry None = new(null, null);

    public static readonly NodeAncestry Unresolved = new(null, null);

    public DomainName? HighestCut { get; } = highestCut;

    public DomainName? DNameAbove { get; } = dnameAbove;
}

/// <summary>Some nodes of a zone, by number; read like a span of <see cref="ZoneNode"/>.</summary>
internal readonly ref struct NodeList
{
    private readonly Zone zone;
    private readonly ReadOnlySpan<int> ids;

    public NodeList(Zone zone, ReadOnlySpan<int> ids)
    {
        this.zone = zone;
        this.ids = ids;
    }

    public int Length => ids.Length;

    public bool IsEmpty => ids.IsEmpty;

    public ZoneNode this[int index] => new(zone, ids[index]);

    public ZoneNode[] ToArray()
    {
        var nodes = new ZoneNode[ids.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            nodes[i] = this[i];
        }

        return nodes;
    }

    public Enumerator GetEnumerator() => new(zone, ids);

    public ref struct Enumerator
    {
        private readonly Zone zone;
        private readonly ReadOnlySpan<int> ids;
        private int index;

        public Enumerator(Zone zone, ReadOnlySpan<int> ids)
        {
            this.zone = zone;
            this.ids = ids;
            index = -1;
        }

        public readonly ZoneNode Current => new(zone, ids[index]);

        public bool MoveNext() => ++index < ids.Length;
    }
}
