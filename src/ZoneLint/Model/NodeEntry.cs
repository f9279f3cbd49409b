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
