namespace ZoneLint.Model;

/// <summary>
/// Interns names by exact spelling so that a name repeated across records is stored once; a zone then finds its nodes
/// through the same table (<see cref="Zone"/>).
/// </summary>
/// <remarks>
/// PERF: one open-addressing table keyed without case holds each name's hash and number (its group), and an array by
/// number the group's first spelling. A lookup hashes the wire bytes on the stack once; a name already seen costs no allocation, and
/// a new one is hashed no second time (the hash is handed to the name). The two dictionaries this replaced (by
/// spelling, and by group) hashed every new name three times and left some 120 MB of entries behind at a million
/// records. Spellings that differ from their group's first only in case are rare and go to a side dictionary.
/// </remarks>
internal sealed class NameTable
{
    private const int InitialCapacity = 64;

    // Names' wire forms are packed into blocks, the first small and each twice the last up to the largest (under the
    // large-object threshold, so young blocks are collected cheaply); at most a name's length (255) is left unused at
    // the end of each. Small first blocks matter where thousands of small zones are linted in one process and their
    // findings, which hold names, are kept until the report: a 16 KiB block per zone was 160 MB for 10,000 zones.
    private const int FirstBlockSize = 512;
    private const int MaxBlockSize = 16 * 1024;

    // How many names ahead Adopt fetches the slot a name will be looked up in.
    private const int AdoptAhead = 16;

    // Slots, at most three quarters full; a slot's hash is 0 when it is empty (name hashes never are). PERF: linear
    // probing reads neighbouring slots, four to a cache line, and compares the hash in the slot before touching a name;
    // so a fuller table costs little time, and growing it later halves the memory it takes. A name's first slot is its
    // hash scaled to the table's size (Home), so the table can be sized for the names expected rather than to a power
    // of two: at 3M records the next power of two left it 56% full, 17 MB more than it needed.
    private Slot[] slots = new Slot[InitialCapacity];

    // Each group's name, by number (0 is no group): its first spelling, or the one the zone named its node by (Respell).
    // PERF: kept apart from the slots, which hold no reference: 8-byte slots are half the table, and the GC does not
    // trace them; a lookup that finds its hash reads the name one array further.
    private DomainName?[] nameByGroup = new DomainName?[InitialCapacity];
    private int groupCount;
    private byte[] block = [];
    private int blockUsed;

    // Other spellings of a group's name (RFC 4343: equal but for case), made on the first one.
    private Dictionary<DomainName, DomainName>? variants;
    private Dictionary<DomainName, DomainName>.AlternateLookup<ReadOnlySpan<byte>> variantLookup;

    // The last few names read, by their text and the origin that completed them (see TryGetRecent).
    private readonly Recent[] recent = [new(), new(), new(), new()];
    private int recentNext;

    /// <summary>How many distinct spellings are interned.</summary>
    public int Count => groupCount + (variants?.Count ?? 0);

    /// <summary>How many groups of names (equal but for case) were numbered, 1 to this.</summary>
    public int Groups => groupCount;

    /// <summary>How many slots the table has; it grows when three quarters are taken.</summary>
    internal int Slots => slots.Length;

    /// <summary>Forgets every name; names interned after this are numbered apart from those before (streaming only).</summary>
    /// <remarks>
    /// PERF: the arrays are emptied, not made anew at their first size: a streaming read clears the table every 65,536
    /// names, and growing it back from 64 slots each time made 45 of the 117 bytes a record that read allocated.
    /// </remarks>
    public void Clear()
    {
        Array.Clear(slots);
        Array.Clear(nameByGroup, 0, groupCount + 1);
        groupCount = 0;
        variants = null;
        foreach (var r in recent)
        {
            r.Name = null;
        }
    }

    /// <summary>
    /// The name last read from exactly <paramref name="text"/> with <paramref name="origin"/>, if it is one of the last
    /// few names read (<see cref="Remember"/>).
    /// </summary>
    /// <remarks>
    /// PERF: a zone names the same name in records close together: an owner repeated on the next line, an MX, SRV or NS
    /// target whose address record follows. Comparing a few short texts is far cheaper than parsing the name again and
    /// probing a table of a million names, whose slot and name are each a likely cache miss.
    /// </remarks>
    public bool TryGetRecent(ReadOnlySpan<byte> text, DomainName? origin, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DomainName? name)
    {
        foreach (var r in recent)
        {
            if (r.Name is not null && r.Length == text.Length && ReferenceEquals(r.Origin, origin) && text.SequenceEqual(r.Text.AsSpan(0, r.Length)))
            {
                name = r.Name;
                return true;
            }
        }

        name = null;
        return false;
    }

    /// <summary>Remembers that <paramref name="text"/> read with <paramref name="origin"/> is <paramref name="name"/>.</summary>
    public void Remember(ReadOnlySpan<byte> text, DomainName? origin, DomainName name)
    {
        if (text.Length > Recent.MaxText)
        {
            return;
        }

        var r = recent[recentNext];
        recentNext = (recentNext + 1) & (recent.Length - 1);
        text.CopyTo(r.Text);
        r.Length = text.Length;
        r.Origin = origin;
        r.Name = name;
    }

    public DomainName Intern(ReadOnlySpan<byte> wire)
    {
        int hash = DomainName.ComputeHash(wire);
        ref Slot slot = ref Find(wire, hash);
        if (slot.Hash != 0)
        {
            var first = nameByGroup[slot.Group]!;
            return first.Wire.SequenceEqual(wire) ? first : InternVariant(wire, first);
        }

        var name = NewName(wire);
        AddGroup(ref slot, hash, name, stamp: true);
        return name;
    }

    /// <summary>The group of the name equal to <paramref name="wire"/> but for case (whose hash is <paramref name="hash"/>); 0 when there is none.</summary>
    public int GroupOf(ReadOnlySpan<byte> wire, int hash) => Find(wire, hash).Group;

    /// <summary>The name of group <paramref name="group"/> (1 to <see cref="Groups"/>): its first spelling, or the one <see cref="Respell"/> gave it.</summary>
    public DomainName NameOf(int group) => nameByGroup[group]!;

    /// <summary>Asks the processor to fetch the name of group <paramref name="group"/> (1 to <see cref="Groups"/>) from the array of them.</summary>
    public void PrefetchName(int group) => Prefetch.Location(ref nameByGroup[group]);

    /// <summary>Names group <paramref name="group"/> by <paramref name="name"/>, a spelling of it (equal but for case).</summary>
    /// <remarks>For a zone, which names each node as its first record spells the owner; no spelling is interned after that.</remarks>
    public void Respell(int group, DomainName name)
    {
        System.Diagnostics.Debug.Assert(DomainName.EqualsIgnoreCase(nameByGroup[group]!.Wire, name.Wire), "a spelling of the group's name");
        nameByGroup[group] = name;
    }

    /// <summary>
    /// The group of the name equal to <paramref name="name"/> but for case, or a new group with <paramref name="name"/>
    /// as its first. The name is not numbered (<see cref="DomainName.InternGroup"/>): it may be the caller's, shared
    /// with other zones.
    /// </summary>
    public int Add(DomainName name) => Add(name, name.GetHashCode());

    /// <summary><see cref="Add(DomainName)"/> for a name whose hash (<see cref="DomainName.GetHashCode"/>) is known.</summary>
    public int Add(DomainName name, int hash)
    {
        System.Diagnostics.Debug.Assert(hash == name.GetHashCode(), "the name's hash");
        ref Slot slot = ref Find(name.Wire, hash);
        return slot.Hash != 0 ? slot.Group : AddGroup(ref slot, hash, name, stamp: false);
    }

    /// <summary>
    /// Takes in the names of <paramref name="other"/>, a table that read a later piece of the same input: its names keep
    /// their instances and are numbered as this table numbers them, those already here with this table's numbers.
    /// </summary>
    public void Adopt(NameTable other)
    {
        // PERF: numbered in the order the piece numbered them, which is file order, not in its slots' hash order: the
        // index build places nodes and their records by number, and the rules walk them in that order. Each name's hash
        // is read from the other table's slots, not computed again: the 1M-record zone's join on two threads 55 -> 36 ms.
        var groups = new int[other.groupCount + 1];
        foreach (var slot in other.slots)
        {
            if (slot.Hash != 0)
            {
                groups[slot.Group] = slot.Hash;
            }
        }

        // PERF: nearly every name of a later piece is new to this table, and its slot, at a place set by its hash, a cache
        // miss; the slots of the names a few ahead are fetched while this one is looked up. 1M-record zone on two
        // threads, this loop 65-112 -> 26-48 ms (four runs each), all of it on one thread while the other waits.
        for (int group = 1; group < groups.Length; group++)
        {
            if (group + AdoptAhead < groups.Length)
            {
                Prefetch.Location(ref slots[Home(groups[group + AdoptAhead], slots.Length)]);
            }

            var name = other.nameByGroup[group]!;
            int hash = groups[group];
            ref Slot slot = ref Find(name.Wire, hash);
            name.InternGroup = groups[group] = slot.Hash != 0 ? slot.Group : AddGroup(ref slot, hash, name, stamp: false);
        }

        if (other.variants is not null)
        {
            foreach (var variant in other.variants.Keys)
            {
                variant.InternGroup = groups[variant.InternGroup];
            }
        }
    }

    /// <summary>The slot of the name equal to <paramref name="wire"/> but for case, or the empty slot where it would go.</summary>
    private ref Slot Find(ReadOnlySpan<byte> wire, int hash)
    {
        var slots = this.slots;
        int i = Home(hash, slots.Length);
        while (true)
        {
            ref Slot slot = ref slots[i];
            if (slot.Hash == 0 || (slot.Hash == hash && DomainName.EqualsIgnoreCase(nameByGroup[slot.Group]!.Wire, wire)))
            {
                return ref slot;
            }

            if (++i == slots.Length)
            {
                i = 0;
            }
        }
    }

    /// <summary>
    /// Puts <paramref name="name"/> in the empty <paramref name="slot"/> as the first of a new group; returns its number,
    /// which <paramref name="stamp"/> also gives the name.
    /// </summary>
    private int AddGroup(ref Slot slot, int hash, DomainName name, bool stamp)
    {
        int group = ++groupCount;
        if (stamp)
        {
            name.InternGroup = group;
        }

        if (group == nameByGroup.Length)
        {
            Array.Resize(ref nameByGroup, (int)Math.Min(group * 2L, Array.MaxLength));
        }

        nameByGroup[group] = name;
        slot = new Slot(hash, group);
        if (groupCount > slots.Length - (slots.Length >> 2))
        {
            Grow();
        }

        return group;
    }

    private DomainName InternVariant(ReadOnlySpan<byte> wire, DomainName first)
    {
        if (variants is null)
        {
            variants = new Dictionary<DomainName, DomainName>(ExactComparer.Instance);
            variantLookup = variants.GetAlternateLookup<ReadOnlySpan<byte>>();
        }

        if (variantLookup.TryGetValue(wire, out var existing))
        {
            return existing;
        }

        var name = NewName(wire);
        name.InternGroup = first.InternGroup;
        variants.Add(name, name);
        return name;
    }

    private DomainName NewName(ReadOnlySpan<byte> wire)
    {
        if (block.Length - blockUsed < wire.Length)
        {
            block = new byte[Math.Clamp(block.Length * 2, FirstBlockSize, MaxBlockSize)];
            blockUsed = 0;
        }

        wire.CopyTo(block.AsSpan(blockUsed));
        var name = new DomainName(block, blockUsed, wire.Length) { HostNameSyntax = Text.HostNameSyntax.Classify(wire) };
        blockUsed += wire.Length;
        return name;
    }

    /// <summary>
    /// Makes the table large enough for about <paramref name="groups"/> groups of names to fill three quarters of it, so
    /// that it need not grow on the way.
    /// </summary>
    /// <remarks>
    /// PERF: grown by doubling from 64 slots, the table left 16 MB of old slot arrays behind at a million records, in
    /// the large-object heap. A guess is not exact: the parser's run a little high (7–14% on the benchmark zones), which
    /// leaves the table a little emptier; one a little low grows it once, as without a guess.
    /// </remarks>
    public void Reserve(int groups)
    {
        long size = Math.Min(groups + (groups / 3L) + 1, Array.MaxLength);
        if (size > slots.Length)
        {
            Rehash((int)size);
        }

        if (groups >= nameByGroup.Length)
        {
            Array.Resize(ref nameByGroup, (int)Math.Min(groups + 1L, Array.MaxLength));
        }
    }

    private void Grow() => Rehash((int)Math.Min(slots.Length * 2L, Array.MaxLength));

    private void Rehash(int size)
    {
        var old = slots;
        slots = new Slot[size];
        foreach (var slot in old)
        {
            if (slot.Hash == 0)
            {
                continue;
            }

            int i = Home(slot.Hash, size);
            while (slots[i].Hash != 0)
            {
                if (++i == size)
                {
                    i = 0;
                }
            }

            slots[i] = slot;
        }
    }

    /// <summary>
    /// The first slot to look in for <paramref name="hash"/> in a table of <paramref name="size"/> slots: the hash scaled
    /// to the size, which needs no power of two.
    /// </summary>
    private static int Home(int hash, int size) => (int)(((ulong)(uint)hash * (uint)size) >> 32);

    // The group beside the hash answers lookups without reading the name's own number.
    private readonly record struct Slot(int Hash, int Group);

    private sealed class Recent
    {
        public const int MaxText = 64;

        public byte[] Text { get; } = new byte[MaxText];

        public int Length { get; set; }

        public DomainName? Origin { get; set; }

        public DomainName? Name { get; set; }
    }

    private sealed class ExactComparer : IEqualityComparer<DomainName>, IAlternateEqualityComparer<ReadOnlySpan<byte>, DomainName>
    {
        public static readonly ExactComparer Instance = new();

        public bool Equals(DomainName? x, DomainName? y) => x is not null && y is not null && x.Wire.SequenceEqual(y.Wire);

        // SECURITY: hashed as spelled, as compared. With the case-blind hash every spelling of one name fell into one
        // bucket: 200,000 spellings of an 18-letter owner (6.6 MB) took more than five minutes.
        public int GetHashCode(DomainName obj) => GetHashCode(obj.Wire);

        public bool Equals(ReadOnlySpan<byte> alternate, DomainName other) => alternate.SequenceEqual(other.Wire);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => DomainName.ComputeHash(alternate, ignoreCase: false);

        public DomainName Create(ReadOnlySpan<byte> alternate) => new(alternate.ToArray());
    }
}
