namespace ZoneLint.Model;

/// <summary>Some nodes of a zone, by number; read like a span of <see cref="ZoneNode"/>.</summary>
internal readonly ref struct NodeList
{
    private readonly Zone zone;
    private readonly ReadOnlySpan<int> ids;

    // The type every node of the list has records of (Zone.NodesWith), whose RDATA the walk fetches ahead; else null.
    private readonly RRType? type;

    public NodeList(Zone zone, ReadOnlySpan<int> ids, RRType? type = null)
    {
        this.zone = zone;
        this.ids = ids;
        this.type = type;
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

    public Enumerator GetEnumerator() => new(zone, ids, type);

    public ref struct Enumerator
    {
        private const int EntriesAhead = 16;
        private const int RecordsAhead = 8;
        private const int DataAhead = 4;

        private readonly Zone zone;
        private readonly ReadOnlySpan<int> ids;
        private readonly RRType? type;
        private int index;

        public Enumerator(Zone zone, ReadOnlySpan<int> ids, RRType? type)
        {
            this.zone = zone;
            this.ids = ids;
            this.type = type;
            index = -1;
        }

        public readonly ZoneNode Current => new(zone, ids[index]);

        /// <remarks>
        /// PERF: the nodes of a list lie far apart in the zone's tables, and reading each is a cache miss or two (its
        /// entry, then its records); the entries of the nodes a little ahead, and the records of those nearer, are
        /// fetched meanwhile. In a list of the nodes of one type, so is the RDATA of each one's first record of that
        /// type, nearer still: the rules that read NS, MX, CNAME or SRV targets waited on that object's first read at
        /// nearly every node (perf: 68–85% of the samples of ZL1002, ZL4006, ZL4007, ZL5004 and ZL7008 on its type check).
        /// </remarks>
        public bool MoveNext()
        {
            int next = ++index;
            if (next + EntriesAhead < ids.Length)
            {
                zone.PrefetchEntry(ids[next + EntriesAhead]);
            }

            if (next + RecordsAhead < ids.Length)
            {
                zone.PrefetchRecords(ids[next + RecordsAhead]);
            }

            if (type is { } ofType && next + DataAhead < ids.Length)
            {
                zone.PrefetchData(ids[next + DataAhead], ofType);
            }

            return next < ids.Length;
        }
    }
}
