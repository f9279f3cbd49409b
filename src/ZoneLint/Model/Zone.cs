using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZoneLint.Model.Records;

namespace ZoneLint.Model;

/// <summary>
/// A zone's records with the indexes rules read them through, built once: by name and type, the apex,
/// delegations (zone cuts), DNAMEs, and every name that exists, empty non-terminals included.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class Zone
{
    // PERF: names are found through the table the parser interned them in (one for a zone built in code), each group of
    // names equal but for case numbered; the node of group g is nodeByGroup[g]. A name the parser made carries its
    // number, so finding its node is an array read, and the zone builds no dictionary of its own: at a million records
    // that dictionary was 30 MB and 850,000 hashed inserts, while the parser's table was thrown away.
    private readonly NameTable names;

    // Whether every record's owner carries its number in names (the parser read the records).
    private readonly bool ownersNumbered;

    // Whether every owner is known to be at or below the apex (see OwnersInZone).
    private bool ownersInZone;

    // One entry past the last group, whose Start ends the last group's run of records (see NodeEntry).
    private NodeEntry[] nodeByGroup = [];

    // Each node's host-name flags (Text.HostNameSyntax), by group; 0 for a group that owns no record. Read from the
    // owners while the index is built, when each is in the cache: rules that ask it of every address and mail owner
    // (ZL7002) or TXT owner (the DMARC and DKIM names) then read a byte in order rather than each name.
    private byte[] hostSyntaxByGroup = [];

    // Empty non-terminals whose names are not in that table, numbered apart: added to the parser's table they could
    // double it (a million-record zone has some 80,000).
    private NameTable? otherNames;
    private NodeEntry[] otherNodes = [];
    private int otherCount;

    // Each node's parent node, 0 when it has none (the apex, a name outside the zone whose parent is no node); by group,
    // and for the other nodes as otherNodes is. Kept apart from NodeEntry, which rules read for every node they visit.
    private int[] parentByGroup = [];
    private int[] otherParents = [];

    private readonly List<DomainName> delegations = [];
    private readonly List<DomainName> dnames = [];

    // Nodes by number (see ZoneNode): from 1 the groups of the name table, from -1 down the other empty non-terminals.
    private readonly Dictionary<ushort, List<int>> nodesByType = [];
    private readonly List<int> nodesAtOrBelowCuts = [];
    private readonly List<int> nodesWithLargerRRsets = [];
    private readonly List<int> nodesWithManyRecords = [];
    private readonly List<int> nodesWithStarLabels = [];
    // Where each record read lies in nodeRecords, in the order read (Records).
    private int[] fileOrder = [];
    private readonly Dictionary<Type, Lazy<object>> shared = [];

    // Every node's records, each node's a run of this array, grouped by type. PERF: one array, not an array per node: a
    // zone of a million records has some 850,000 names, and as many small arrays were that much more for the GC to trace.
    // It is the array the records came in (the parser's, or a caller's list's), put in this order in place: a second
    // array of the records, in the order read, was 8 MB at a million records; the order read is kept as positions in
    // this one (fileOrder).
    private ResourceRecord[] nodeRecords = [];

    // The ancestries nodes share, by number (NodeEntry.Ancestry): the first two are NodeAncestry.Unresolved and None.
    private NodeAncestry[] ancestries = [default, default];
    private int ancestryCount = 2;

    private int apexId;

    // How many records of each type the zone has; made with the index.
    private TypeCounts? recordsByType;

    // Used while the index is built only (FindParent).
    private int lastParent;
    private int lastLinked;

    /// <param name="origin">The apex.</param>
    /// <param name="records">The records.</param>
    /// <param name="pragmas">The suppression comments read with them.</param>
    /// <param name="parsedNames">
    /// When the parser read the records: the table it interned their names in, every owner carrying its group
    /// (<see cref="DomainName.InternGroup"/>, case ignored); the zone keeps it. Null otherwise.
    /// </param>
    /// <param name="cancellationToken">Stops building the index of a very large zone.</param>
    /// <param name="concurrentFromNames">How many names the table must hold for linking and sorting to run at once (tests lower it).</param>
    internal Zone(DomainName origin, List<ResourceRecord> records, IReadOnlyList<ZonePragma> pragmas, NameTable? parsedNames = null, CancellationToken cancellationToken = default, int concurrentFromNames = ConcurrentFromNames)
        : this(origin, ItemsOf(records), records.Count, pragmas, parsedNames, cancellationToken, concurrentFromNames)
    {
    }

    /// <summary>A zone of the first <paramref name="count"/> records of <paramref name="records"/>, an array it takes and reorders.</summary>
    internal Zone(DomainName origin, ResourceRecord[] records, int count, IReadOnlyList<ZonePragma> pragmas, NameTable? parsedNames = null, CancellationToken cancellationToken = default, int concurrentFromNames = ConcurrentFromNames)
    {
        Origin = origin;
        Records = new RecordsInFileOrder(this);
        Pragmas = pragmas;
        names = parsedNames ?? new NameTable();
        ownersNumbered = parsedNames is not null;
        if (parsedNames is null)
        {
            // PERF: sized for an owner per record, the most there can be (empty non-terminals are kept apart): grown by
            // doubling from 64 slots instead, it was made eight times over for each chunk of a streaming lint, and at a
            // million records from a caller 12 of the 96 MB the index build allocated.
            names.Reserve(count);
        }

        BuildNodes(records, count, parsedNames is not null, concurrentFromNames, cancellationToken);
    }

    /// <summary>Below this many names the index is built on one thread: handing work to another costs more than it saves.</summary>
    internal const int ConcurrentFromNames = 1 << 16;

    /// <summary>The origin: the zone's apex.</summary>
    public DomainName Origin { get; }

    /// <summary>Every record, in the order read.</summary>
    public IReadOnlyList<ResourceRecord> Records { get; }

    /// <summary>Where each record lies in <see cref="NodeRecords"/>, in the order read.</summary>
    /// <remarks>PERF: rules that look at each record on its own read them through this, with no interface call per record.</remarks>
    internal ReadOnlySpan<int> FileOrder => fileOrder;

    /// <summary>Every name with records, and every empty non-terminal, in no particular order.</summary>
    public IEnumerable<ZoneNode> Nodes
    {
        get
        {
            for (int group = 1; group < nodeByGroup.Length - 1; group++)
            {
                if (HasNode(group))
                {
                    yield return new ZoneNode(this, group);
                }
            }

            for (int other = 0; other < otherCount; other++)
            {
                yield return new ZoneNode(this, -1 - other);
            }
        }
    }

    /// <summary>The apex node, if the zone has records there.</summary>
    public ZoneNode? Apex => apexId != 0 ? new ZoneNode(this, apexId) : null;

    /// <summary>The number of the apex node, or 0 when the zone has no records there.</summary>
    internal int ApexId => apexId;

    internal ResourceRecord[] NodeRecords => nodeRecords;

    /// <summary>How many slots the zone's name table has.</summary>
    internal int NameSlots => names.Slots;

    /// <summary>The lowest node number (the empty non-terminals outside the name table count down from -1).</summary>
    internal int MinNodeId => -otherCount;

    /// <summary>The highest node number (the last group; the entry after it only closes the last run of records).</summary>
    internal int MaxNodeId => nodeByGroup.Length - 2;

    /// <summary>The delegation points: names below the apex that own NS records.</summary>
    public IReadOnlyCollection<DomainName> Delegations => delegations;

    internal IReadOnlyList<ZonePragma> Pragmas { get; }

    /// <summary>Builds a zone from records the caller already has, such as rows of a hosting panel's database.</summary>
    /// <param name="origin">The zone's apex.</param>
    /// <param name="records">The records; those outside <paramref name="origin"/> are kept but belong to no node below it.</param>
    public static Zone Create(DomainName origin, IEnumerable<ResourceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(records);
        List<ResourceRecord> list = [.. records];
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].IsDefault)
            {
                throw new ArgumentException($"Record {i} is default(ResourceRecord), which is not a record: make records with a constructor.", nameof(records));
            }
        }

        return new Zone(origin, list, []);
    }

    /// <summary>The node at <paramref name="name"/>, or <see langword="null"/> when the name does not exist in the zone.</summary>
    public ZoneNode? Find(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (OwnGroupOf(name) is var group and not 0)
        {
            // The zone's own spelling of the name: its number answers, node or not. PERF: names only named in data (an
            // MX or CNAME target outside the zone) were hashed and looked up here twice, in both tables, to find nothing;
            // a name in this table is never one of the other empty non-terminals.
            return HasNode(group) ? new ZoneNode(this, group) : null;
        }

        // Another spelling of the name, a name from elsewhere, or one numbered by another zone's parse.
        return Find(name.Wire, name.GetHashCode());
    }

    internal ZoneNode? Find(ReadOnlySpan<byte> wire) => Find(wire, DomainName.ComputeHash(wire));

    /// <summary>
    /// <see cref="Find(DomainName)"/> and <see cref="Contains(DomainName)"/> at once: the node at <paramref name="name"/>
    /// (only when it lies in the zone), and whether the name lies in the zone.
    /// </summary>
    /// <remarks>
    /// PERF: rules asked both of every alias, mail and service target (the CNAME graph, SPF lookups): the name's octets
    /// walked against the apex, then the name looked up. A name this zone's parse numbered is looked up by its number
    /// first, and a node it finds is in the zone when every owner is (<see cref="OwnersInZone"/>), so the octets are not
    /// read; a name from elsewhere is checked against the apex first, as before, so a name outside is never hashed.
    /// </remarks>
    internal ZoneNode? FindInZone(DomainName name, out bool inZone)
    {
        if (OwnGroupOf(name) is var group and not 0)
        {
            var node = HasNode(group) ? new ZoneNode(this, group) : (ZoneNode?)null;
            inZone = node is { } own ? Contains(own) : Contains(name);
            return inZone ? node : null;
        }

        inZone = Contains(name);
        return inZone ? Find(name.Wire, name.GetHashCode()) : null;
    }

    /// <summary>The group of <paramref name="name"/> in the zone's table when it is the table's own instance (the zone's spelling, numbered by its parse); else 0.</summary>
    private int OwnGroupOf(DomainName name)
    {
        int group = name.InternGroup;
        return group > 0 && group < nodeByGroup.Length - 1 && ReferenceEquals(names.NameOf(group), name) ? group : 0;
    }

    private ZoneNode? Find(ReadOnlySpan<byte> wire, int hash) => IdOf(wire, hash, out _) is var id and not 0 ? new ZoneNode(this, id) : null;

    /// <summary>
    /// The number of the node at <paramref name="wire"/>, or 0 when there is none; <paramref name="group"/> is the name's
    /// group in the zone's table (0 when it has none).
    /// </summary>
    private int IdOf(ReadOnlySpan<byte> wire, int hash, out int group)
    {
        group = names.GroupOf(wire, hash);
        if (group != 0)
        {
            return HasNode(group) ? group : 0;
        }

        // An empty non-terminal whose name is not in the zone's table (see otherNames).
        return otherNames is not null && otherNames.GroupOf(wire, hash) is var other and not 0 ? -other : 0;
    }

    /// <summary>
    /// Asks the processor to fetch what looking <paramref name="name"/> up by its number reads (<see cref="FindInZone"/>):
    /// the table's entry for the number and the node's entry; the name itself was fetched before.
    /// </summary>
    internal void PrefetchLookup(DomainName name)
    {
        int group = name.InternGroup;
        if (group > 0 && group < nodeByGroup.Length - 1)
        {
            names.PrefetchName(group);
            Prefetch.Location(ref nodeByGroup[group]);
        }
    }

    /// <summary>Asks the processor to fetch the entry of node <paramref name="id"/>, without waiting for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PrefetchEntry(int id)
    {
        if (id > 0)
        {
            Prefetch.Location(ref nodeByGroup[id]);
        }
    }

    /// <summary>
    /// Asks the processor to fetch the first records of node <paramref name="id"/>, whose entry is read to find them
    /// (<see cref="PrefetchEntry"/> it first).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PrefetchRecords(int id)
    {
        if (id > 0 && nodeByGroup[id].Start is var start && (uint)start < (uint)nodeRecords.Length)
        {
            Prefetch.Location(ref nodeRecords[start]);
        }
    }

    /// <summary>
    /// Asks the processor to fetch the RDATA of the first record of <paramref name="type"/> at node <paramref name="id"/>,
    /// whose entry and records are read to find it (<see cref="PrefetchRecords"/> them first).
    /// </summary>
    internal void PrefetchData(int id, RRType type)
    {
        ref readonly var record = ref FirstRecordOf(id, type);
        if (!Unsafe.IsNullRef(in record))
        {
            record.PrefetchData();
        }
    }

    /// <summary>
    /// Asks the processor to fetch the name the first record of <paramref name="type"/> at node <paramref name="id"/>
    /// points at (<see cref="RecordData.FollowedName"/>), whose RDATA is read to find it (<see cref="PrefetchData"/> it first).
    /// </summary>
    internal void PrefetchFollowedName(int id, RRType type)
    {
        if (FollowedNameOf(id, type) is { } name)
        {
            Prefetch.Object(name);
        }
    }

    /// <summary>
    /// Asks the processor to fetch the octets of the name <see cref="PrefetchFollowedName"/> fetched, which is read to
    /// find them (fetch it first).
    /// </summary>
    internal void PrefetchFollowedOctets(int id, RRType type) => FollowedNameOf(id, type)?.PrefetchOctets();

    private DomainName? FollowedNameOf(int id, RRType type)
    {
        ref readonly var record = ref FirstRecordOf(id, type);
        return Unsafe.IsNullRef(in record) ? null : record.Data.FollowedName;
    }

    private ref readonly ResourceRecord FirstRecordOf(int id, RRType type)
    {
        foreach (ref readonly var record in RecordsOf(id))
        {
            if (record.Type == type)
            {
                return ref record;
            }
        }

        return ref Unsafe.NullRef<ResourceRecord>();
    }

    /// <summary>The entry of node <paramref name="id"/> (see <see cref="ZoneNode"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly NodeEntry EntryOf(int id) => ref Entry(id);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref NodeEntry Entry(int id) => ref id > 0 ? ref nodeByGroup[id] : ref otherNodes[-1 - id];

    private ref int ParentSlot(int id) => ref id > 0 ? ref parentByGroup[id] : ref otherParents[-1 - id];

    /// <summary>The name of node <paramref name="id"/>.</summary>
    internal DomainName NameOf(int id) => id > 0 ? names.NameOf(id) : otherNames!.NameOf(-id);

    /// <summary>
    /// Whether group <paramref name="group"/> of the name table is a node: it owns records, or it is an empty
    /// non-terminal the zone made (linked as soon as it was made); else its name is only named in records' data.
    /// </summary>
    /// <remarks>
    /// Read from the types alone, not from where the node's records start: the index build links nodes while another
    /// thread places records (<see cref="BuildNodes"/>).
    /// </remarks>
    private bool HasNode(int group) =>
        nodeByGroup[group].TypeMask != 0 || nodeByGroup[group].Ancestry != NodeAncestry.Unresolved;

    /// <summary>The records of node <paramref name="id"/>, grouped by type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReadOnlySpan<ResourceRecord> RecordsOf(int id)
    {
        if (id < 0)
        {
            return []; // An empty non-terminal.
        }

        int start = nodeByGroup[id].Start;
        return new(nodeRecords, start, nodeByGroup[id + 1].Start - start);
    }

    /// <summary>The cut and the DNAME above node <paramref name="id"/>.</summary>
    internal NodeAncestry AncestryOf(int id) => ancestries[Entry(id).Ancestry];

    /// <summary>The parent of <paramref name="name"/>: the zone's own instance when the parent is a node, so walking up the tree allocates nothing.</summary>
    internal DomainName? ParentOf(DomainName name)
    {
        if (name.IsRoot)
        {
            return null;
        }

        // PERF: a node of the zone's own knows its parent's number (the DMARC rules ask for the parent of each of 69,118
        // policy names on the 1M-record zone: a hash, a probe of a table of 850,000 names and a comparison of octets each).
        if (OwnGroupOf(name) is var group and not 0 && parentByGroup[group] is var parent and not 0)
        {
            return NameOf(parent);
        }

        var wire = name.Wire;
        var parentWire = wire[(wire[0] + 1)..];

        // PERF: for other names the most common parent is the apex; comparing its octets spares hashing the parent's name
        // and a probe of the name table.
        if (apexId != 0 && parentWire.Length == Origin.WireLength && DomainName.EqualsIgnoreCase(parentWire, Origin.Wire))
        {
            return NameOf(apexId);
        }

        return Find(parentWire)?.Name ?? name.Parent;
    }

    /// <summary>Whether <paramref name="name"/> exists: it has records, or names below it do (RFC 8020).</summary>
    public bool Exists(DomainName name) => Find(name) is not null;

    /// <summary>The RRset of <paramref name="type"/> at <paramref name="name"/>; empty when there is none.</summary>
    public ReadOnlySpan<ResourceRecord> Get(DomainName name, RRType type) => Find(name) is { } node ? node.Get(type) : [];

    /// <summary>Whether <paramref name="name"/> lies inside this zone (at or below the apex).</summary>
    public bool Contains(DomainName name) => name.IsSubdomainOf(Origin);

    /// <summary>Whether <paramref name="node"/>, one of this zone's, lies inside it (at or below the apex).</summary>
    /// <remarks>
    /// PERF: the parser checks every owner it keeps against the apex, so in a zone it read the answer needs neither the
    /// node's name nor its octets; rules ask it of every alias, mail and service owner, each likely a cache miss.
    /// </remarks>
    internal bool Contains(ZoneNode node) => OwnersInZone || Contains(node.Name);

    /// <summary>Whether the name of <paramref name="node"/>, one of this zone's, is a host name (with <paramref name="allowWildcard"/>, or a wildcard).</summary>
    internal bool IsHostName(ZoneNode node, bool allowWildcard)
    {
        int id = node.Id;
        byte flags = id > 0 ? hostSyntaxByGroup[id] : (byte)0;
        return flags != 0 ? Text.HostNameSyntax.IsValid(flags, allowWildcard) : Text.HostNameSyntax.IsValid(node.Name, allowWildcard);
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/>, owners of this zone's records, are one name (case aside).</summary>
    /// <remarks>
    /// PERF: in a zone the parser read every owner carries its number in the zone's table, shared by spellings that
    /// differ only in case, so rules that walk records owner by owner compare numbers, not octets.
    /// </remarks>
    internal bool IsSameOwner(DomainName a, DomainName? b) => b is not null && (ownersNumbered ? a.InternGroup == b.InternGroup : a.Equals(b));

    /// <summary>Whether every owner is known to be at or below the apex (the parser checked each against it), so that every node is in the zone.</summary>
    internal bool OwnersInZone { get => ownersInZone; init => ownersInZone = value; }

    /// <summary>
    /// The delegation point at or above <paramref name="name"/> (below the apex), or <see langword="null"/>
    /// when the name is in the zone's authoritative data.
    /// </summary>
    public DomainName? FindDelegation(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (delegations.Count == 0 || !Contains(name))
        {
            return null;
        }

        // PERF: every ancestor of a node is a node, so the closest existing name answers with what the index build
        // worked out for it once; no walk, no allocation.
        var node = Find(name) ?? ClosestAncestor(name.Wire);
        return node?.HighestCut;
    }

    /// <summary>The DNAME owner strictly above <paramref name="name"/> (the apex included), whose redirection hides it (RFC 6672 §2.3), if any.</summary>
    public DomainName? FindDNameAbove(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (dnames.Count == 0 || !Contains(name))
        {
            return null;
        }

        if (Find(name) is { } self)
        {
            return self.DNameAbove;
        }

        // A name that does not exist: its closest existing ancestor, or the DNAME above that one.
        return ClosestAncestor(name.Wire) is not { } encloser ? null : encloser.HasDName ? encloser.Name : encloser.DNameAbove;
    }

    /// <summary>
    /// Whether a record of <paramref name="type"/> at <paramref name="name"/> is below a zone cut: glue or occluded data
    /// rather than authoritative data (RFC 1034 §4.2.1). NS and DS at the cut itself are the delegation, not below it.
    /// </summary>
    public bool IsBelowZoneCut(DomainName name, RRType type)
    {
        var cut = FindDelegation(name);
        if (cut is null)
        {
            return false;
        }

        return !cut.Equals(name) || !(type == RRType.NS || type == RRType.DS || type == RRType.RRSIG || type == RRType.NSEC);
    }

    /// <summary>How many records of <paramref name="type"/> the zone has.</summary>
    internal int CountOf(RRType type) => recordsByType?[type] ?? 0;

    /// <summary>
    /// The nodes that own records of <paramref name="type"/>, in the order their names first appear; a walk of them
    /// fetches ahead what <paramref name="reads"/> says it reads of each.
    /// </summary>
    /// <remarks>PERF: rules about one type visit only its RRsets instead of every node of the zone.</remarks>
    internal NodeList NodesWith(RRType type, NodeReads reads = NodeReads.Records) =>
        new(this, nodesByType.TryGetValue(type.Value, out var list) ? CollectionsMarshal.AsSpan(list) : [], type, reads);

    /// <summary>The types the zone has records of, in no particular order.</summary>
    internal IEnumerable<RRType> RecordTypes => nodesByType.Keys.Select(static type => new RRType(type));

    /// <summary>The nodes in the zone at a delegation point or below one (glue, occluded data), in no particular order.</summary>
    /// <remarks>PERF: the rules about delegated names visit these instead of every node of the zone.</remarks>
    internal NodeList NodesAtOrBelowCuts => new(this, CollectionsMarshal.AsSpan(nodesAtOrBelowCuts));

    /// <summary>The nodes with an RRset of two records or more, in the order of <see cref="Nodes"/>.</summary>
    /// <remarks>PERF: the rules about RRsets of two or more (duplicates, TTLs) visit these, not the zone's every name.</remarks>
    internal NodeList NodesWithLargerRRsets => new(this, CollectionsMarshal.AsSpan(nodesWithLargerRRsets));

    /// <summary>How many records a node has at most to be left out of <see cref="NodesWithManyRecords"/>.</summary>
    internal const int ManyRecords = 16;

    /// <summary>The nodes of more than <see cref="ManyRecords"/> records, in the order of <see cref="Nodes"/>.</summary>
    /// <remarks>PERF: the rules about large sets at one name visit these, not every name of the zone.</remarks>
    internal NodeList NodesWithManyRecords => new(this, CollectionsMarshal.AsSpan(nodesWithManyRecords));

    /// <summary>The nodes whose names have a label that is just <c>*</c>, leftmost or not, in the order of <see cref="Nodes"/>.</summary>
    /// <remarks>PERF: the wildcard rules visit these, not the zone's every name (each a likely cache miss to read).</remarks>
    internal NodeList NodesWithStarLabels => new(this, CollectionsMarshal.AsSpan(nodesWithStarLabels));

    /// <summary>How many kinds of shared data the zone holds (for tests).</summary>
    internal int SharedCount
    {
        get
        {
            lock (shared)
            {
                return shared.Count;
            }
        }
    }

    /// <summary>
    /// Data worked out from the zone once and shared by every rule that needs it (parsed mail-authentication records,
    /// say), made on first use; thread-safe. It lives as long as the zone, so it must depend on the zone alone, never on
    /// lint options.
    /// </summary>
    internal T GetShared<T>(Func<Zone, T> create)
        where T : class
    {
        // PERF: twenty rules read the same SPF, DMARC and DKIM parses; each zone computes them once.
        Lazy<object>? lazy;
        lock (shared)
        {
            if (!shared.TryGetValue(typeof(T), out lazy))
            {
                lazy = Defer(create);
                shared.Add(typeof(T), lazy);
            }
        }

        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            // A cancelled or failed computation is not kept: the next lint of this zone tries again.
            lock (shared)
            {
                if (shared.TryGetValue(typeof(T), out var current) && ReferenceEquals(current, lazy))
                {
                    shared.Remove(typeof(T));
                }
            }

            throw;
        }
    }

    /// <remarks>
    /// PERF: a method of its own so that the closure is made here, once per kind of data; made in
    /// <see cref="GetShared{T}"/> it was allocated on every call (20 MB for one DMARC rule on a 1M-record zone).
    /// </remarks>
    private Lazy<object> Defer<T>(Func<Zone, T> create)
        where T : class => new(() => create(this), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The closest ancestor of the name in <paramref name="wire"/> that exists, below the zone's origin or at it.</summary>
    private ZoneNode? ClosestAncestor(ReadOnlySpan<byte> wire)
    {
        int stop = wire.Length - Origin.WireLength;
        int offset = wire[0] + 1;
        while (offset <= stop)
        {
            if (Find(wire[offset..]) is { } node)
            {
                return node;
            }

            offset += wire[offset] + 1;
        }

        return null;
    }

    private void BuildNodes(ResourceRecord[] all, int count, bool parsed, int concurrentFromNames, CancellationToken cancellationToken)
    {
        // PERF: records are counted per owner and then placed, each owner's in a run of one shared array; no List per
        // owner. Owners are grouped by their names' numbers in the name table: a name the parser read carries its number,
        // so a parsed zone hashes no owner here; other owners are looked up in the table once per run of records, first
        // to number them all. The numbers are read again rather than kept (an array of them was 4 MB of garbage at a
        // million records, in the large-object heap).
        int parsedGroups = parsed ? names.Groups : 0;
        DomainName? lastOwner = null;
        int lastGroup = 0;
        if (!parsed)
        {
            // Each owner's octets are read here to number it; whether it is in the zone is best asked now, not by the
            // rules (see Contains(ZoneNode)).
            bool inZone = true;
            foreach (var record in all.AsSpan(0, count))
            {
                var owner = record.Owner;
                if (!ReferenceEquals(owner, lastOwner))
                {
                    inZone &= owner.IsSubdomainOf(Origin);
                }

                GroupOf(owner);
            }

            ownersInZone = inZone;
        }

        // PERF: counted and placed through the nodes' own Start fields, not an array of starts of its own (3 MB of
        // garbage at a million records, in the large-object heap, left there by the collection that ends the parse).
        // Each node's types and name (as its first record spells the owner) are known from here on, and whether the zone
        // has cuts or DNAMEs: all that linking the nodes reads, so that it need not wait for each node's sort below.
        int groups = names.Groups;
        nodeByGroup = new NodeEntry[groups + 2];
        parentByGroup = new int[groups + 1];
        hostSyntaxByGroup = new byte[groups + 1];
        int originGroup = names.GroupOf(Origin.Wire, Origin.GetHashCode());
        int delegationCount = 0;
        bool anyDName = false;
        foreach (var record in all.AsSpan(0, count))
        {
            var owner = record.Owner;
            int group = GroupOf(owner);
            ref var entry = ref nodeByGroup[group];
            if (entry.Start++ == 0)
            {
                hostSyntaxByGroup[group] = Text.HostNameSyntax.FlagsOf(owner);
                if (!ReferenceEquals(names.NameOf(group), owner))
                {
                    names.Respell(group, owner);
                }
            }

            var type = record.Type;
            ulong bit = ZoneNode.TypeBit(type);
            if (type == RRType.NS && group != originGroup && (entry.TypeMask & bit) == 0)
            {
                delegationCount++;
            }

            anyDName |= type == RRType.DNAME;
            entry.TypeMask |= bit;
        }

        // PERF: linking reads only the nodes' names and types, which are known from here on, so a large zone links its
        // nodes on another thread while this one places and sorts their records (which writes none of what linking
        // reads). 1M-record zone, the published build's index build: linking beside the sort of each node's records,
        // once they were placed, 252 -> 219 ms (medians of eight runs); beside their placing too, 305 -> 245 ms (six).
        apexId = originGroup != 0 && HasNode(originGroup) ? originGroup : 0;
        bool linkAncestry = delegationCount > 0 || anyDName;
        var linking = groups >= concurrentFromNames && Environment.ProcessorCount > 1
            ? Task.Run(() => LinkNodes(groups, linkAncestry, delegationCount, cancellationToken), cancellationToken)
            : null;

        // Start is first where group g's run ends; placing records from the last one back moves it to where the run
        // starts, keeping file order within each run.
        int end = 0;
        for (int group = 0; group <= groups; group++)
        {
            end += nodeByGroup[group].Start;
            nodeByGroup[group].Start = end;
        }

        nodeByGroup[groups + 1].Start = count;
        var typeCounts = recordsByType = new TypeCounts();
        fileOrder = new int[count];
        for (int i = count - 1; i >= 0; i--)
        {
            var record = all[i];
            fileOrder[i] = --nodeByGroup[GroupOf(record.Owner)].Start;
            typeCounts.Add(record.Type);
        }

        // The list's array is put in node order in place; fileOrder, turned round, then says where each record was read
        // while nodes sort their records by type, and is turned back (PERF: no second array of positions).
        PlaceInOrder(all.AsSpan(0, count), fileOrder);
        Invert(fileOrder);
        nodeRecords = all;

        // PERF: sized once, not grown by doubling: the arrays it outgrew were garbage in the large-object heap, which only
        // a full collection reclaims.
        delegations.EnsureCapacity(delegationCount);
        SortNodes(all, groups, typeCounts, cancellationToken);

        // PERF: turned back before waiting for the links, which do not read it and took longer than the sort (perf, 1M
        // records: this thread waited 40-50 ms).
        Invert(fileOrder);
        if (linking is not null)
        {
            linking.GetAwaiter().GetResult();
        }
        else
        {
            LinkNodes(groups, linkAncestry, delegationCount, cancellationToken);
        }

        // Linking makes empty non-terminals as it meets them: put the list in the order Nodes walks.
        nodesWithStarLabels.Sort(static (a, b) => (a > 0) == (b > 0) ? Math.Abs(a).CompareTo(Math.Abs(b)) : b.CompareTo(a));

        int GroupOf(DomainName owner)
        {
            if (!ReferenceEquals(owner, lastOwner))
            {
                int group = owner.InternGroup;
                lastGroup = group > 0 && group <= parsedGroups ? group : names.Add(owner);
                lastOwner = owner;
            }

            return lastGroup;
        }
    }

    /// <summary>Sorts each node's records by type (<see cref="fileOrder"/>, turned round, with them) and lists the nodes by type.</summary>
    private void SortNodes(ResourceRecord[] all, int groups, TypeCounts typeCounts, CancellationToken cancellationToken)
    {
        var listsOfCommonTypes = new List<int>?[256];
        for (int group = 1; group <= groups; group++)
        {
            if (group % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int start = nodeByGroup[group].Start, count = nodeByGroup[group + 1].Start - start;
            if (count == 0)
            {
                continue; // A name only named in records' data.
            }

            var name = all[start].Owner;
            var slice = all.AsSpan(start, count);
            if (count > ManyRecords)
            {
                nodesWithManyRecords.Add(group);
            }

            SortByType(slice, fileOrder.AsSpan(start, count));
            bool largerRRset = false;
            for (int i = 0; i < slice.Length; i++)
            {
                var type = slice[i].Type;
                if (i > 0 && slice[i - 1].Type == type)
                {
                    if (!largerRRset)
                    {
                        largerRRset = true;
                        nodesWithLargerRRsets.Add(group);
                    }

                    continue;
                }

                // PERF: common types find their list in an array; the dictionary, a generic instantiation precompiled
                // code cannot hold, ran jitted at its first tier through most of a large zone's build.
                var list = type.Value < listsOfCommonTypes.Length ? listsOfCommonTypes[type.Value] : null;
                if (list is null && !nodesByType.TryGetValue(type.Value, out list))
                {
                    // PERF: sized for the most nodes the type can have (one per record), so the list never grows.
                    list = new List<int>(typeCounts[type]);
                    nodesByType.Add(type.Value, list);
                    if (type.Value < listsOfCommonTypes.Length)
                    {
                        listsOfCommonTypes[type.Value] = list;
                    }
                }

                list.Add(group);
                // PERF: each node is met once, so its name is added without a set's hashing and comparing (the apex by its
                // number, not its octets).
                if (type == RRType.NS && group != apexId)
                {
                    delegations.Add(name);
                }
                else if (type == RRType.DNAME)
                {
                    dnames.Add(name);
                }
            }
        }
    }

    /// <summary>Links every node to its parent, making the empty non-terminals, and works out each node's ancestry when <paramref name="ancestry"/>.</summary>
    private void LinkNodes(int groups, bool ancestry, int delegationCount, CancellationToken cancellationToken)
    {
        // PERF: one pass makes the empty non-terminals and works out each node's ancestry, looking each node's parent
        // up once; the two passes this replaced looked parents up twice and hashed every name again for the cuts.
        // Sized for each cut and two glue names below it, the common case, rather than grown by doubling; and an ancestry
        // for each cut (below a cut, nodes share their parent's).
        nodesAtOrBelowCuts.EnsureCapacity(delegationCount * 3);
        if (ancestries.Length < ancestryCount + delegationCount)
        {
            Array.Resize(ref ancestries, ancestryCount + delegationCount);
        }

        for (int group = 1; group <= groups; group++)
        {
            if (group % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (HasNode(group))
            {
                Link(group, ancestry);
            }
        }

        lastParent = 0;
        lastLinked = 0;
    }

    /// <summary>Moves each record to its place (<paramref name="places"/>, by position), following each cycle of moves once.</summary>
    private static void PlaceInOrder(Span<ResourceRecord> records, int[] places)
    {
        // A place is marked done by flipping its bits, and flipped back at the end.
        for (int i = 0; i < records.Length; i++)
        {
            if (places[i] < 0)
            {
                continue;
            }

            var moving = records[i];
            int from = i;
            while (true)
            {
                int to = places[from];
                places[from] = ~to;
                (records[to], moving) = (moving, records[to]);
                if (to == i)
                {
                    break;
                }

                from = to;
            }
        }

        for (int i = 0; i < places.Length; i++)
        {
            places[i] = ~places[i];
        }
    }

    /// <summary>Turns a permutation round in place (<c>p[i] = j</c> becomes <c>p[j] = i</c>), following each cycle once.</summary>
    private static void Invert(int[] permutation)
    {
        // As in PlaceInOrder, a position is marked done by flipping its bits.
        for (int i = 0; i < permutation.Length; i++)
        {
            if (permutation[i] < 0)
            {
                continue;
            }

            int previous = i;
            int current = permutation[i];
            while (current != i)
            {
                int next = permutation[current];
                permutation[current] = ~previous;
                previous = current;
                current = next;
            }

            permutation[i] = ~previous;
        }

        for (int i = 0; i < permutation.Length; i++)
        {
            permutation[i] = ~permutation[i];
        }
    }

    // PERF: the zone puts the list's own array in node order rather than copying it (see nodeRecords).
    private static ResourceRecord[] ItemsOf(List<ResourceRecord> list) => ListItems<ResourceRecord>.Of(list);

    private static class ListItems<T>
    {
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_items")]
        public static extern ref T[] Of(List<T> list);
    }

    /// <summary>The records in the order read, as positions in the records in node order.</summary>
    private sealed class RecordsInFileOrder(Zone zone) : IReadOnlyList<ResourceRecord>
    {
        public int Count => zone.fileOrder.Length;

        public ResourceRecord this[int index] => zone.nodeRecords[zone.fileOrder[index]];

        public IEnumerator<ResourceRecord> GetEnumerator()
        {
            for (int i = 0; i < zone.fileOrder.Length; i++)
            {
                yield return zone.nodeRecords[zone.fileOrder[i]];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// Finds or makes (as an empty non-terminal, RFC 8020: every ancestor between a name and the apex exists) the
    /// parent of node <paramref name="id"/>, linking it first; with <paramref name="ancestry"/>, works out the highest cut
    /// at or above the node and the closest DNAME strictly above it, parents first.
    /// </summary>
    private void Link(int id, bool ancestry)
    {
        if (Entry(id).Ancestry != NodeAncestry.Unresolved)
        {
            return;
        }

        var name = NameOf(id);
        var wire = name.Wire;
        if (HasStarLabel(wire))
        {
            nodesWithStarLabels.Add(id);
        }

        int parent = 0;
        bool newParent = false;
        if (wire.Length > Origin.WireLength && wire[0] != 0)
        {
            var parentWire = wire[(wire[0] + 1)..];
            parent = FindParent(parentWire, out int parentGroup, out int parentHash);
            if (parent == 0 && parentWire.Length > Origin.WireLength && name.IsSubdomainOf(Origin))
            {
                parent = AddEmptyNonTerminal(name.Parent!, parentGroup, parentHash);
                newParent = true;
            }
        }

        if (parent != 0 && (ancestry || newParent))
        {
            // Recursion is bounded by the labels of a name (at most 127).
            Link(parent, ancestry);
        }

        ParentSlot(id) = parent;

        // Entries are read by number again from here: linking the parent may have added empty non-terminals, and so
        // moved the array of them.
        if (!ancestry)
        {
            // Only the empty non-terminals were wanted; a parent that already existed is linked on its own turn.
            Entry(id).Ancestry = NodeAncestry.None;
            lastLinked = id;
            return;
        }

        int highestCut = 0;
        int dnameAbove = 0;
        int parentAncestry = NodeAncestry.None;
        if (parent != 0)
        {
            var up = new ZoneNode(this, parent);
            parentAncestry = Entry(parent).Ancestry;
            highestCut = ancestries[parentAncestry].HighestCut;
            dnameAbove = up.HasDName ? parent : ancestries[parentAncestry].DNameAbove;
        }

        // A delegation point: NS records below the apex.
        if (highestCut == 0 && new ZoneNode(this, id).Has(RRType.NS) && id != apexId)
        {
            highestCut = id;
        }

        var nodeAncestry = new NodeAncestry(highestCut, dnameAbove);
        Entry(id).Ancestry = nodeAncestry == default ? NodeAncestry.None
            : ancestries[parentAncestry] == nodeAncestry ? parentAncestry
            : AddAncestry(nodeAncestry);
        // The name was just read, so checking that it is in the zone costs no cache miss here; a rule doing it would.
        if (highestCut != 0 && name.IsSubdomainOf(Origin))
        {
            nodesAtOrBelowCuts.Add(id);
        }

        lastLinked = id;
    }

    private static bool HasStarLabel(ReadOnlySpan<byte> wire)
    {
        // PERF: names with a '*' anywhere are rare, and looking for one is vectorised; walking the labels of every
        // ancestor of a deep name was quadratic in its depth.
        if (!wire.Contains((byte)'*'))
        {
            return false;
        }

        for (int offset = 0; wire[offset] != 0; offset += wire[offset] + 1)
        {
            if (wire[offset] == 1 && wire[offset + 1] == (byte)'*')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The node at <paramref name="parentWire"/> (see <see cref="Link"/>), or 0; when there is none, <paramref name="group"/>
    /// is the name's group in the zone's table (0 when it has none) and <paramref name="hash"/> its hash.
    /// </summary>
    /// <remarks>
    /// PERF: most names' parent is the apex, the parent of the name linked just before, or that name itself (a name is
    /// numbered when first read, often as a target just after its parent's records: h1's MX names mx.h1); comparing a
    /// few octets with those spares hashing the parent's name and a likely cache miss in a table of some 850,000 names.
    /// </remarks>
    private int FindParent(ReadOnlySpan<byte> parentWire, out int group, out int hash)
    {
        group = 0;
        hash = 0;
        if (lastParent != 0 && parentWire.SequenceEqual(NameOf(lastParent).Wire))
        {
            return lastParent;
        }

        if (lastLinked != 0 && parentWire.SequenceEqual(NameOf(lastLinked).Wire))
        {
            return lastParent = lastLinked;
        }

        if (apexId != 0 && parentWire.SequenceEqual(NameOf(apexId).Wire))
        {
            return apexId;
        }

        hash = DomainName.ComputeHash(parentWire);
        int parent = IdOf(parentWire, hash, out group);
        if (parent != 0)
        {
            lastParent = parent;
        }

        return parent;
    }

    private int AddAncestry(NodeAncestry ancestry)
    {
        if (ancestryCount == ancestries.Length)
        {
            Array.Resize(ref ancestries, ancestryCount * 2);
        }

        ancestries[ancestryCount] = ancestry;
        return ancestryCount++;
    }

    /// <summary>
    /// Makes the empty non-terminal <paramref name="name"/> and files it: under <paramref name="group"/>, its
    /// name's in the zone's table, if it has one; returns its number.
    /// </summary>
    /// <remarks>
    /// PERF: the group and the hash are the ones <see cref="FindParent"/> just worked out; a name not in the table costs
    /// the longest probe there is, and hashing a deep name reads all of it.
    /// </remarks>
    private int AddEmptyNonTerminal(DomainName name, int group, int hash)
    {
        if (group != 0)
        {
            // A name only named in records' data until now, spelled as the name below it spells it. Its entry keeps its
            // start: the empty run that ends the run of the number before it.
            if (!names.NameOf(group).Wire.SequenceEqual(name.Wire))
            {
                name.InternGroup = group;
                names.Respell(group, name);
            }

            return group;
        }

        // PERF: the name reads the octets of the name below it (DomainName.Parent): no array of its own.
        otherNames ??= new NameTable();
        int other = otherNames.Add(name, hash);
        if (other > otherCount)
        {
            if (otherCount == otherNodes.Length)
            {
                Array.Resize(ref otherNodes, Math.Max(16, otherCount * 2));
                Array.Resize(ref otherParents, otherNodes.Length);
            }

            otherNodes[otherCount++] = default;
        }

        return -other;
    }

    /// <summary>
    /// Sorts a node's records by type, keeping the order read within a type, and <paramref name="readAt"/> (where each
    /// was read, by position) with them.
    /// </summary>
    private static void SortByType(Span<ResourceRecord> records, Span<int> readAt)
    {
        if (records.Length < 2)
        {
            return;
        }

        if (records.Length <= 16)
        {
            // PERF: nodes hold a handful of records; a stable insertion sort needs no key array.
            for (int i = 1; i < records.Length; i++)
            {
                var r = records[i];
                int at = readAt[i];
                int j = i - 1;
                while (j >= 0 && records[j].Type > r.Type)
                {
                    records[j + 1] = records[j];
                    readAt[j + 1] = readAt[j];
                    j--;
                }

                records[j + 1] = r;
                readAt[j + 1] = at;
            }

            return;
        }

        // Stable: the order read is kept within a type.
        var keys = new long[records.Length];
        for (int i = 0; i < records.Length; i++)
        {
            keys[i] = ((long)records[i].Type.Value << 32) | (uint)i;
        }

        Array.Sort(keys);
        var sorted = records.ToArray();
        var sortedAt = readAt.ToArray();
        for (int i = 0; i < keys.Length; i++)
        {
            int from = (int)(uint)keys[i];
            records[i] = sorted[from];
            readAt[i] = sortedAt[from];
        }
    }

    /// <summary>Records per type: an array for the types below 256 (all the common ones), a dictionary for the rest.</summary>
    private sealed class TypeCounts
    {
        private readonly int[] common = new int[256];
        private Dictionary<ushort, int>? others;

        public int this[RRType type] => type.Value < common.Length ? common[type.Value] : others?.GetValueOrDefault(type.Value) ?? 0;

        public void Add(RRType type)
        {
            if (type.Value < common.Length)
            {
                common[type.Value]++;
                return;
            }

            others ??= [];
            CollectionsMarshal.GetValueRefOrAddDefault(others, type.Value, out _)++;
        }
    }
}
