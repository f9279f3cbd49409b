namespace ZoneLint.Model;

/// <summary>What a walk of the nodes of one type reads of each (<see cref="Zone.NodesWith"/>), so that it is fetched ahead.</summary>
internal enum NodeReads : byte
{
    /// <summary>The node's records.</summary>
    Records,

    /// <summary>The RDATA of its records of the type as well.</summary>
    Data,

    /// <summary>The RDATA and the name it points at (<see cref="RecordData.FollowedName"/>): NS, MX, CNAME, SRV and PTR targets.</summary>
    Targets,
}

/// <summary>Some nodes of a zone, by number; read like a span of <see cref="ZoneNode"/>.</summary>
internal readonly ref struct NodeList
{
    private readonly Zone zone;
    private readonly ReadOnlySpan<int> ids;

    // The type every node of the list has records of (Zone.NodesWith), and what a walk reads of them.
    private readonly RRType type;
    private readonly NodeReads reads;

    public NodeList(Zone zone, ReadOnlySpan<int> ids, RRType type = default, NodeReads reads = NodeReads.Records)
    {
        this.zone = zone;
        this.ids = ids;
        this.type = type;
        this.reads = reads;
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

    public Enumerator GetEnumerator() => new(zone, ids, type, reads);

    public ref struct Enumerator
    {
        private const int EntriesAhead = 16;
        private const int RecordsAhead = 8;
        private const int DataAhead = 4;
        private const int NamesAhead = 2;
        private const int OctetsAhead = 1;

        private readonly Zone zone;
        private readonly ReadOnlySpan<int> ids;
        private readonly RRType type;
        private readonly NodeReads reads;
        private int index;

        public Enumerator(Zone zone, ReadOnlySpan<int> ids, RRType type, NodeReads reads)
        {
            this.zone = zone;
            this.ids = ids;
            this.type = type;
            this.reads = reads;
            index = -1;
        }

        public readonly ZoneNode Current => new(zone, ids[index]);

        /// <remarks>
        /// PERF: the nodes of a list lie far apart in the zone's tables, and reading each is a cache miss or two (its
        /// entry, then its records); the entries of the nodes a little ahead, and the records of those nearer, are
        /// fetched meanwhile. A walk that reads the RDATA of each node's first record of the list's type has it fetched
        /// nearer still, and one that follows the name in it (an NS, MX, CNAME or SRV target) that name, then its
        /// octets: the rules that follow those targets waited on each at nearly every node (perf: 68–85% of the samples
        /// of ZL1002, ZL4006, ZL4007, ZL5004 and ZL7008 on the RDATA's type check). Only when asked: a walk that reads
        /// no RDATA, fetching it, took 6 times as long (ZL7002 over every address record's node, 5–7 → 40–79 ms).
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

            if (reads != NodeReads.Records && next + DataAhead < ids.Length)
            {
                zone.PrefetchData(ids[next + DataAhead], type);
            }

            if (reads == NodeReads.Targets)
            {
                if (next + NamesAhead < ids.Length)
                {
                    zone.PrefetchFollowedName(ids[next + NamesAhead], type);
                }

                if (next + OctetsAhead < ids.Length)
                {
                    zone.PrefetchFollowedOctets(ids[next + OctetsAhead], type);
                }
            }

            return next < ids.Length;
        }
    }
}
