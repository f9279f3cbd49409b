namespace ZoneLint.Model;

/// <summary>What a zone keeps of one node (<see cref="ZoneNode"/>): its types, where its records are and its ancestry.</summary>
/// <remarks>
/// PERF: 16 bytes, and no reference for the GC to trace. A node's name is its number's in the name table
/// (<see cref="NameTable.NameOf"/>). Its record count is not kept: the records of the names the parser numbered lie in
/// number order, so a node's run ends where the next number's starts (<see cref="Zone"/>).
/// </remarks>
internal struct NodeEntry
{
    /// <summary>
    /// Bit t set when the node has type t (t &lt; 63), bit 63 for any type from 63 up; 0 for an empty non-terminal. PERF:
    /// most lookups are for a type the node lacks (is there a CNAME here? an MX?), and the mask answers those without
    /// touching a record.
    /// </summary>
    public ulong TypeMask;

    /// <summary>Where the node's records start in the zone's array of records by node, grouped by type.</summary>
    public int Start;

    /// <summary>The cut and the DNAME above the node: its number in the zone's table of them.</summary>
    public int Ancestry;
}
