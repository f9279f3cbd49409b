namespace ZoneLint.Model;

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
        private const int EntriesAhead = 16;
        private const int RecordsAhead = 8;

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

        /// <remarks>
        /// PERF: the nodes of a list lie far apart in the zone's tables, and reading each is a cache miss or two (its
        /// entry, then its records); the entries of the nodes a little ahead, and the records of those nearer, are
        /// fetched meanwhile.
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

            return next < ids.Length;
        }
    }
}
