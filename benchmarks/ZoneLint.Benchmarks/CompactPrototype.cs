using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Benchmarks;

/// <summary>
/// `compact FILE`: step 1 of docs/compact-form.md, measured apart from the library. Builds the compact form (names as
/// numbers stored by parent, records as 24-byte rows, small RDATA in one arena) from a parsed zone, and prints the
/// bytes it takes per record against what the parse and index allocate today, the time to build it, and the time of
/// the hottest name operations both ways.
/// </summary>
internal static class CompactPrototype
{
    public static int Run(string file)
    {
        var inv = CultureInfo.InvariantCulture;
        var options = ZoneParseOptions.Default with { FileName = file, MaxRecords = int.MaxValue, MaxFileSize = long.MaxValue };
        byte[] text = File.ReadAllBytes(file);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var zone = ZoneParser.Parse(text, options).Zone;
        long today = GC.GetTotalAllocatedBytes(precise: true) - before;
        var records = zone.Records;
        int count = records.Count;
        Console.WriteLine(string.Create(inv, $"records {count:N0}; parse and index today: {today / (double)count:F1} B allocated/record"));

        for (int round = 1; round <= 3; round++)
        {
            var clock = Stopwatch.StartNew();
            var form = CompactZone.Build(zone);
            clock.Stop();
            if (round == 3)
            {
                Console.WriteLine(string.Create(inv, $"compact form built in {clock.Elapsed.TotalMilliseconds:F0} ms (third build)"));
                form.PrintBudget(zone, count);
                CompareOperations(zone, form, text);
            }
        }

        return 0;
    }

    private static void CompareOperations(Zone zone, CompactZone form, byte[] text)
    {
        var inv = CultureInfo.InvariantCulture;
        var records = zone.Records.ToArray();
        var origin = zone.Origin;
        int originNumber = form.Names.NumberOf(origin.Wire);
        var owners = OwnerTexts(text);
        Span<byte> wire = stackalloc byte[DomainName.MaxWireLength];

        for (int round = 1; round <= 3; round++)
        {
            int underToday = 0, underCompact = 0;
            var clock = Stopwatch.StartNew();
            foreach (var record in records)
            {
                underToday += record.Owner.IsSubdomainOf(origin) ? 1 : 0;
            }

            double todayMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            foreach (ref readonly var row in form.Rows.AsSpan())
            {
                underCompact += form.Names.IsAtOrBelow(row.Owner, originNumber) ? 1 : 0;
            }

            double compactMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            long depthToday = 0, depthCompact = 0;
            foreach (var record in records)
            {
                for (var name = record.Owner; !name.IsRoot; name = name.Parent!)
                {
                    depthToday++;
                }
            }

            double parentsTodayMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            foreach (ref readonly var row in form.Rows.AsSpan())
            {
                for (int name = row.Owner; name != 0; name = form.Names.ParentOf(name))
                {
                    depthCompact++;
                }
            }

            double parentsCompactMs = clock.Elapsed.TotalMilliseconds;

            // What the parser's table costs: every owner interned into an empty table, as the read does, both ways.
            clock.Restart();
            var table = new NameTable();
            table.Reserve(form.Names.Count);
            foreach (var record in records)
            {
                table.Intern(record.Owner.Wire);
            }

            double internTodayMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var store = new NameStore(form.Names.Count);
            foreach (var record in records)
            {
                store.NumberOf(record.Owner.Wire);
            }

            double internCompactMs = clock.Elapsed.TotalMilliseconds;

            // As the parser will: each owner written in the file (relative to the origin nearly always), from its text.
            // Today: the table's recent texts, the text made wire form with the origin, the whole name interned.
            clock.Restart();
            table = new NameTable();
            table.Reserve(form.Names.Count);
            var tableOrigin = table.Intern(origin.Wire);
            foreach (var (start, length) in owners)
            {
                var owner = text.AsSpan(start, length);
                if (!table.TryGetRecent(owner, tableOrigin, out _) && Text.NameText.Parse(owner, tableOrigin, wire, out int written) == Text.NameTextStatus.Ok)
                {
                    table.Remember(owner, tableOrigin, table.Intern(wire[..written]));
                }
            }

            double fromTextTodayMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            store = new NameStore(form.Names.Count);
            int storeOrigin = store.NumberOf(origin.Wire);
            long numbers = 0;
            foreach (var (start, length) in owners)
            {
                numbers += store.NumberOfText(text.AsSpan(start, length), storeOrigin);
            }

            double fromTextCompactMs = clock.Elapsed.TotalMilliseconds;
            if (round == 3)
            {
                Console.WriteLine(string.Create(inv, $"  every owner written in the file ({owners.Count:N0}) interned from its text: today {fromTextTodayMs:F1} ms (recent texts, wire form, whole name), compact {fromTextCompactMs:F1} ms (recent texts, label by label from the origin; {store.Count:N0} names)"));
                Console.WriteLine(string.Create(inv, $"  every owner interned into an empty table: today {internTodayMs:F1} ms (whole names), compact {internCompactMs:F1} ms (label by label)"));
                Console.WriteLine(string.Create(inv, $"  every owner at or below the origin: today {todayMs:F1} ms, compact {compactMs:F1} ms ({underToday:N0} and {underCompact:N0} found)"));
                Console.WriteLine(string.Create(inv, $"  every owner's parents up to the root (today DomainName.Parent): today {parentsTodayMs:F1} ms, compact {parentsCompactMs:F1} ms ({depthToday:N0} and {depthCompact:N0} steps)"));
            }
        }
    }

    /// <summary>Where each owner written at a line's start is in <paramref name="text"/> (not '@', not a directive).</summary>
    private static List<(int Start, int Length)> OwnerTexts(byte[] text)
    {
        var owners = new List<(int, int)>();
        for (int at = 0; at < text.Length;)
        {
            int end = Array.IndexOf(text, (byte)'\n', at);
            end = end < 0 ? text.Length : end;
            if (at < end && text[at] is not ((byte)' ' or (byte)'\t' or (byte)';' or (byte)'$' or (byte)'@' or (byte)'\r' or (byte)'(' or (byte)')'))
            {
                int stop = at;
                while (stop < end && text[stop] is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    stop++;
                }

                owners.Add((at, stop - at));
            }

            at = end + 1;
        }

        return owners;
    }

    /// <summary>A record as the compact form keeps it: 24 bytes, no reference.</summary>
    internal struct Row
    {
        public int Owner;
        public ushort Type;
        public ushort Flags;
        public uint Ttl;
        public int Data;
        public int Line;
        public ushort Column;
        public ushort DataColumn;
    }

    /// <summary>Names stored by parent: name n is its first label (in one octet arena) and its parent's number; 0 is the root.</summary>
    internal sealed class NameStore
    {
        private int[] labelStart;
        private int[] parent;
        private byte[] labelLength;
        private byte[] octets;
        private int octetsUsed;
        private (int Hash, int Number)[] slots;
        private int count = 1;

        public NameStore(int expectedNames)
        {
            labelStart = new int[expectedNames + 1];
            parent = new int[expectedNames + 1];
            labelLength = new byte[expectedNames + 1];
            octets = new byte[expectedNames * 8];
            slots = new (int, int)[(int)BitOperations.RoundUpToPowerOf2((uint)(expectedNames * 4 / 3 + 1))];
        }

        public int Count => count - 1;

        /// <summary>What the arrays take as the prototype sized them (for a name a record, slots a power of two).</summary>
        public long Bytes => (labelStart.Length * 4L) + (parent.Length * 4L) + labelLength.Length + octets.Length + (slots.Length * 8L);

        /// <summary>What they would take sized for the names there are, the slots three quarters full.</summary>
        public long UsedBytes => (count * 9L) + octetsUsed + (count * 4L / 3 * 8);

        public int ParentOf(int name) => parent[name];

        /// <summary>Whether <paramref name="name"/> is <paramref name="ancestor"/> or below it: a walk of numbers, no octet read.</summary>
        public bool IsAtOrBelow(int name, int ancestor)
        {
            for (; name != 0; name = parent[name])
            {
                if (name == ancestor)
                {
                    return true;
                }
            }

            return ancestor == 0;
        }

        /// <summary>The number of the name in wire form, interned label by label from the root (or from name <paramref name="under"/>).</summary>
        public int NumberOf(ReadOnlySpan<byte> wire, int under = 0)
        {
            Span<byte> starts = stackalloc byte[128];
            int labels = 0;
            for (int i = 0; wire[i] != 0; i += wire[i] + 1)
            {
                starts[labels++] = (byte)i;
            }

            int number = under;
            for (int k = labels - 1; k >= 0; k--)
            {
                int at = starts[k];
                number = Child(number, wire.Slice(at + 1, wire[at]));
            }

            return number;
        }

        private readonly byte[][] recentText = [new byte[64], new byte[64], new byte[64], new byte[64]];
        private readonly int[] recentLength = new int[4];
        private readonly int[] recentOrigin = new int[4];
        private readonly int[] recentNumber = new int[4];
        private int recentNext;

        /// <summary>
        /// The number of the name written as <paramref name="text"/> in a zone file, relative to
        /// <paramref name="origin"/> unless it ends in a dot: labels interned one by one from the origin, with the
        /// checks the parser makes (label and name lengths, empty labels); escapes go the way of the wire form.
        /// </summary>
        public int NumberOfText(ReadOnlySpan<byte> text, int origin)
        {
            for (int r = 0; r < 4; r++)
            {
                if (recentLength[r] == text.Length && recentOrigin[r] == origin && recentText[r].AsSpan(0, text.Length).SequenceEqual(text))
                {
                    return recentNumber[r];
                }
            }

            int number;
            if (text.IndexOf((byte)'\\') >= 0)
            {
                // The labels read as a name under the root, then interned under the origin unless the text ends in a dot.
                Span<byte> wire = stackalloc byte[DomainName.MaxWireLength];
                bool absolute = text[^1] == (byte)'.' && (text.Length < 2 || text[^2] != (byte)'\\');
                number = ZoneLint.Text.NameText.Parse(text, DomainName.Root, wire, out int written) == ZoneLint.Text.NameTextStatus.Ok
                    ? NumberOf(wire[..written], absolute ? 0 : origin)
                    : -1;
            }
            else
            {
                var labels = text;
                number = origin;
                if (labels[^1] == (byte)'.')
                {
                    labels = labels[..^1];
                    number = 0;
                }

                int total = 1;
                for (int end = labels.Length; end > 0;)
                {
                    int dot = labels[..end].LastIndexOf((byte)'.');
                    var label = labels[(dot + 1)..end];
                    total += label.Length + 1;
                    if (label.Length is 0 or > DomainName.MaxLabelLength || total > DomainName.MaxWireLength)
                    {
                        return -1;
                    }

                    number = Child(number, label);
                    end = dot < 0 ? 0 : dot;
                }
            }

            if (text.Length <= 64)
            {
                int r = recentNext;
                recentNext = (recentNext + 1) & 3;
                text.CopyTo(recentText[r]);
                (recentLength[r], recentOrigin[r], recentNumber[r]) = (text.Length, origin, number);
            }

            return number;
        }

        private int Child(int parentNumber, ReadOnlySpan<byte> label)
        {
            int hash = HashOf(parentNumber, label);
            int mask = slots.Length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                ref var slot = ref slots[i];
                if (slot.Number == 0)
                {
                    int number = Add(parentNumber, label);
                    slot = (hash, number);
                    if (count * 4 >= slots.Length * 3)
                    {
                        Grow();
                    }

                    return number;
                }

                if (slot.Hash == hash && parent[slot.Number] == parentNumber
                    && Ascii.EqualsIgnoreCase(octets.AsSpan(labelStart[slot.Number], labelLength[slot.Number]), label))
                {
                    return slot.Number;
                }
            }
        }

        private void Grow()
        {
            var old = slots;
            slots = new (int, int)[old.Length * 2];
            int mask = slots.Length - 1;
            foreach (var slot in old)
            {
                if (slot.Number != 0)
                {
                    int i = slot.Hash & mask;
                    while (slots[i].Number != 0)
                    {
                        i = (i + 1) & mask;
                    }

                    slots[i] = slot;
                }
            }
        }

        private int Add(int parentNumber, ReadOnlySpan<byte> label)
        {
            if (count == parent.Length)
            {
                Array.Resize(ref labelStart, count * 2);
                Array.Resize(ref parent, count * 2);
                Array.Resize(ref labelLength, count * 2);
            }

            if (octetsUsed + label.Length > octets.Length)
            {
                Array.Resize(ref octets, Math.Max(octets.Length * 2, octetsUsed + label.Length));
            }

            label.CopyTo(octets.AsSpan(octetsUsed));
            labelStart[count] = octetsUsed;
            labelLength[count] = (byte)label.Length;
            parent[count] = parentNumber;
            octetsUsed += label.Length;
            return count++;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int HashOf(int parentNumber, ReadOnlySpan<byte> label)
        {
            uint hash = 2166136261u ^ (uint)parentNumber;
            foreach (byte b in label)
            {
                hash = (hash ^ (uint)(b | 0x20)) * 16777619u;
            }

            hash ^= hash >> 15;
            return (int)(hash | 1);
        }
    }

    /// <summary>The zone in the compact form: its names, its records as rows, and the RDATA of the types the form holds.</summary>
    internal sealed class CompactZone(NameStore names, Row[] rows, int arenaUsed, int objects, long objectBytes)
    {
        private const int KeptAsObject = int.MinValue;

        public NameStore Names { get; } = names;

        public Row[] Rows { get; } = rows;

        public int ArenaUsed { get; } = arenaUsed;

        // Records whose RDATA the prototype leaves as today's objects (TXT, CAA, SOA, …), and an estimate of their size.
        public int Objects { get; } = objects;

        public long ObjectBytes { get; } = objectBytes;

        public static CompactZone Build(Zone zone)
        {
            var records = zone.Records;
            var names = new NameStore(records.Count);
            var rows = new Row[records.Count];
            var arena = new byte[records.Count * 4];
            int used = 0, objects = 0;
            long objectBytes = 0;
            for (int i = 0; i < rows.Length; i++)
            {
                var record = records[i];
                var location = record.Location;
                var dataLocation = record.DataLocation;
                ref var row = ref rows[i];
                row.Owner = names.NumberOf(record.Owner.Wire);
                row.Type = record.Type.Value;
                row.Flags = (ushort)(record.HasExplicitTtl ? 1 : 0);
                row.Ttl = record.Ttl;
                row.Line = location.Line;
                row.Column = (ushort)location.Column;
                row.DataColumn = (ushort)dataLocation.Column;
                if (used + 32 > arena.Length)
                {
                    Array.Resize(ref arena, arena.Length * 2);
                }

                switch (record.Data)
                {
                    case AData a:
                        row.Data = (int)a.Bits;
                        break;
                    case AaaaData aaaa:
                        row.Data = used;
                        aaaa.WriteOctets(arena.AsSpan(used, 16));
                        used += 16;
                        break;
                    case SingleNameData single:
                        row.Data = names.NumberOf(single.Target.Wire);
                        break;
                    case MxData mx:
                        row.Data = used;
                        BitConverter.TryWriteBytes(arena.AsSpan(used), mx.Preference);
                        BitConverter.TryWriteBytes(arena.AsSpan(used + 2), names.NumberOf(mx.Exchange.Wire));
                        used += 6;
                        break;
                    case SrvData srv:
                        row.Data = used;
                        BitConverter.TryWriteBytes(arena.AsSpan(used), srv.Priority);
                        BitConverter.TryWriteBytes(arena.AsSpan(used + 2), srv.Weight);
                        BitConverter.TryWriteBytes(arena.AsSpan(used + 4), srv.Port);
                        BitConverter.TryWriteBytes(arena.AsSpan(used + 6), names.NumberOf(srv.Target.Wire));
                        used += 10;
                        break;
                    case CharacterStringsData strings:
                        // Kept as an object here; in the form, its strings would go to the arena as they are read.
                        row.Data = KeptAsObject;
                        objects++;
                        objectBytes += strings.TotalLength + strings.Strings.Length;
                        break;
                    default:
                        row.Data = KeptAsObject;
                        objects++;
                        objectBytes += 64;
                        break;
                }
            }

            return new CompactZone(names, rows, used, objects, objectBytes);
        }

        public void PrintBudget(Zone zone, int records)
        {
            var inv = CultureInfo.InvariantCulture;
            long rowBytes = Rows.Length * (long)Unsafe.SizeOf<Row>();
            Console.WriteLine(string.Create(inv, $"  rows: {Unsafe.SizeOf<Row>()} B each, {rowBytes / (double)records:F1} B/record"));
            Console.WriteLine(string.Create(inv, $"  names: {Names.Count:N0} (with every ancestor); as sized here {Names.Bytes / (double)records:F1} B/record, sized for them {Names.UsedBytes / (double)records:F1} B/record"));
            Console.WriteLine(string.Create(inv, $"  RDATA arena (AAAA, names as numbers, MX, SRV): {ArenaUsed / (double)records:F1} B/record"));
            Console.WriteLine(string.Create(inv, $"  RDATA left as objects here: {Objects:N0} records (TXT, CAA, SOA, ...), their data {ObjectBytes / (double)records:F1} B/record in an arena"));

            // Kept as they are: a node entry (16 B) for each node, and each record's place in file order (4 B).
            long kept = ((zone.MaxNodeId - zone.MinNodeId + 1) * 16L) + (records * 4L);
            Console.WriteLine(string.Create(inv, $"  nodes and file order, as today: {kept / (double)records:F1} B/record"));
            long total = rowBytes + Names.UsedBytes + ArenaUsed + ObjectBytes + kept;
            Console.WriteLine(string.Create(inv, $"  the compact zone in all: {total / (double)records:F1} B/record"));
        }
    }
}
