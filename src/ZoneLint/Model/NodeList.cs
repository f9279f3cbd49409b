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
