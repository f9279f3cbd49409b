using System.Buffers.Binary;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Dnssec;

/// <summary>Which kind of authenticated denial of existence a zone uses.</summary>
internal enum DenialMode
{
    /// <summary>Neither NSEC nor NSEC3 records.</summary>
    None,

    /// <summary>NSEC (RFC 4034 §4, RFC 4035 §2.3).</summary>
    Nsec,

    /// <summary>NSEC3 (RFC 5155): an NSEC3PARAM at the apex, or NSEC3 records and no NSEC at the apex.</summary>
    Nsec3,
}

/// <summary>A chain member: a name that must have an NSEC or NSEC3 record, with its role.</summary>
internal readonly record struct ChainMember(ZoneNode Node, NodeRole Role);

/// <summary>
/// The NSEC view of a zone, built once per zone (<see cref="ZoneCache{T}"/>): the names that must be in the chain
/// (RFC 4035 §2.3: authoritative names and delegation points, not glue or occluded names, not empty non-terminals) in
/// canonical order (RFC 4034 §6.1).
/// </summary>
internal sealed class NsecChain
{
    private NsecChain(Zone zone)
    {
        var members = new List<ChainMember>();
        foreach (var node in zone.Nodes)
        {
            if (node.IsEmptyNonTerminal)
            {
                continue;
            }

            var role = DnssecZone.Role(zone, node.Name);
            if (DnssecZone.IsChainMember(node, role))
            {
                members.Add(new ChainMember(node, role));
            }
        }

        // PERF: canonical order by precomputed sort keys, compared as plain octet strings.
        var keys = new byte[members.Count][];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = CanonicalSortKey(members[i].Node.Name);
        }

        var array = members.ToArray();
        Array.Sort(keys, array, ByteArrayComparer.Instance);
        Members = array;
        Index = new Dictionary<DomainName, int>(array.Length, NameComparer.Instance);
        for (int i = 0; i < array.Length; i++)
        {
            Index[array[i].Node.Name] = i;
        }
    }

    /// <summary>The chain members in canonical order; the apex, when it has records, first.</summary>
    public ChainMember[] Members { get; }

    /// <summary>The position of each member in <see cref="Members"/>.</summary>
    public Dictionary<DomainName, int> Index { get; }

    public static NsecChain For(Zone zone) => ZoneCache<NsecChain>.Get(zone, z => new NsecChain(z));

    /// <summary>
    /// A key whose octet order is the canonical name order (RFC 4034 §6.1): labels from the rightmost, each lower-cased
    /// and escaped so that 0x00 and 0x01 stay below every other octet and a label's end (0x00) sorts before any longer label.
    /// </summary>
    internal static byte[] CanonicalSortKey(DomainName name)
    {
        var wire = name.Wire;
        Span<int> offsets = stackalloc int[128];
        int count = 0;
        for (int i = 0; wire[i] != 0; i += wire[i] + 1)
        {
            offsets[count++] = i;
        }

        var key = new List<byte>(wire.Length * 2);
        for (int l = count - 1; l >= 0; l--)
        {
            int start = offsets[l];
            for (int i = start + 1; i <= start + wire[start]; i++)
            {
                byte b = DomainName.ToLower(wire[i]);
                if (b <= 1)
                {
                    key.Add(1);
                    key.Add((byte)(b + 1));
                }
                else
                {
                    key.Add(b);
                }
            }

            key.Add(0);
        }

        return [.. key];
    }
}

/// <summary>Orders octet strings lexicographically.</summary>
internal sealed class ByteArrayComparer : IComparer<byte[]>
{
    public static readonly ByteArrayComparer Instance = new();

    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
}

/// <summary>A 20-octet SHA-1 NSEC3 hash as a value, for dictionaries and ordering (octet order is Base32hex order).</summary>
internal readonly record struct Nsec3Hash(ulong High, ulong Middle, uint Low) : IComparable<Nsec3Hash>
{
    public static Nsec3Hash From(ReadOnlySpan<byte> hash) => new(
        BinaryPrimitives.ReadUInt64BigEndian(hash),
        BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
        BinaryPrimitives.ReadUInt32BigEndian(hash[16..]));

    public int CompareTo(Nsec3Hash other)
    {
        int c = High.CompareTo(other.High);
        if (c == 0)
        {
            c = Middle.CompareTo(other.Middle);
        }

        return c == 0 ? Low.CompareTo(other.Low) : c;
    }

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[20];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, High);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Middle);
        BinaryPrimitives.WriteUInt32BigEndian(bytes[16..], Low);
        var sb = new System.Text.StringBuilder(32);
        BinaryText.AppendBase32Hex(sb, bytes);
        return sb.ToString();
    }
}

/// <summary>One NSEC3 record of the chain being checked, with the hash its owner label spells.</summary>
internal sealed record Nsec3Entry(ResourceRecord Record, Nsec3Data Data, Nsec3Hash Hash);

/// <summary>
/// The NSEC3 view of a zone, built once per zone: the chain's parameters (from the apex NSEC3PARAM, RFC 5155 §4, or
/// else the NSEC3 records' own), the hash of every name that must be covered (RFC 5155 §7.1: authoritative names,
/// delegation points and empty non-terminals), and the chain's NSEC3 records in hash order.
/// </summary>
internal sealed class Nsec3Chain
{
    private Nsec3Chain(Zone zone)
    {
        Mode = DetectMode(zone);
        var apex = zone.Apex;
        var all = new List<(ResourceRecord Record, Nsec3Data Data)>();
        foreach (var node in zone.NodesWith(RRType.NSEC3))
        {
            foreach (var r in node.Get(RRType.NSEC3))
            {
                if (r.Data is Nsec3Data d)
                {
                    all.Add((r, d));
                }
            }
        }

        AllRecords = all;

        // The chain: the parameters of the first usable apex NSEC3PARAM, else those most NSEC3 records share.
        Nsec3ParamData? chosen = null;
        if (apex is { } apexNode)
        {
            foreach (var r in apexNode.Get(RRType.NSEC3PARAM))
            {
                if (r.Data is Nsec3ParamData p && p.HashAlgorithm == 1 && p.Flags == 0)
                {
                    chosen = p;
                    break;
                }
            }
        }

        if (chosen is not null)
        {
            Parameters = (chosen.HashAlgorithm, chosen.Iterations, chosen.Salt.ToArray());
        }
        else if (all.Count > 0)
        {
            var common = all.GroupBy(e => (e.Data.HashAlgorithm, e.Data.Iterations, Convert.ToHexString(e.Data.Salt.AsSpan())))
                .OrderByDescending(g => g.Count()).First().First().Data;
            Parameters = (common.HashAlgorithm, common.Iterations, common.Salt.ToArray());
        }

        if (Parameters is not { } parameters || parameters.Algorithm != 1)
        {
            Entries = [];
            return; // SHA-1 is the only hash defined (RFC 5155 §11); another cannot be checked.
        }

        var (algorithm, iterations, salt) = parameters;

        // The chain's records, by the hash their owner spells.
        var entries = new List<Nsec3Entry>();
        var badOwners = new List<ResourceRecord>();
        foreach (var (record, data) in all)
        {
            if (!Matches(data, algorithm, iterations, salt))
            {
                continue;
            }

            if (TryOwnerHash(zone, record.Owner, out var hash))
            {
                entries.Add(new Nsec3Entry(record, data, hash));
            }
            else
            {
                badOwners.Add(record);
            }
        }

        entries.Sort((a, b) => a.Hash.CompareTo(b.Hash));
        Entries = [.. entries];
        BadOwners = badOwners;

        if (Entries.Length == 0)
        {
            return; // No chain to check the names against (a zone with an NSEC3PARAM and no NSEC3 yet).
        }

        if (iterations > MaxIterationsHashed)
        {
            // SECURITY: each name costs one hash per iteration: 2,000 names at 65,535 iterations (a 76 KB zone) took 88 s.
            // Validators do not follow such a chain either (RFC 9276 §3.2), so its members are not worked out.
            MembersHashed = false;
            return;
        }

        // Every name that must be covered, hashed. PERF: in parallel; SHA-1 with iterations is the costly part.
        var members = new List<ChainMember>();
        foreach (var node in zone.Nodes)
        {
            var role = DnssecZone.Role(zone, node.Name);
            if (node.IsEmptyNonTerminal ? role == NodeRole.Authoritative : DnssecZone.IsChainMember(node, role))
            {
                members.Add(new ChainMember(node, role));
            }
        }

        NamesToCover = members.Count;
        if ((long)members.Count * (iterations + 1) > MaxHashesPerRecord * (long)Math.Max(zone.Records.Count, 1_000))
        {
            // SECURITY: a name costs one hash per iteration, and a deep name brings an empty non-terminal per label: 4,000
            // names of 115 labels at 150 iterations (a 1 MB zone) took 83 s. A signed zone has an NSEC3 and an RRSIG per
            // name it covers, so its hashing stays near its iterations per record.
            MembersHashed = false;
            return;
        }

        var hashes = new Nsec3Hash[members.Count];
        Parallel.For(0, members.Count, i =>
        {
            Span<byte> h = stackalloc byte[20];
            DnssecDigests.Nsec3Hash(members[i].Node.Name, salt, iterations, h);
            hashes[i] = Nsec3Hash.From(h);
        });

        Members = new Dictionary<Nsec3Hash, ChainMember>(members.Count);
        MemberHashes = new Dictionary<DomainName, Nsec3Hash>(members.Count, NameComparer.Instance);
        for (int i = 0; i < members.Count; i++)
        {
            Members.TryAdd(hashes[i], members[i]);
            MemberHashes[members[i].Node.Name] = hashes[i];
        }
    }

    /// <summary>The denial mode of the zone.</summary>
    public DenialMode Mode { get; }

    /// <summary>Every NSEC3 record of the zone, whatever its parameters.</summary>
    public List<(ResourceRecord Record, Nsec3Data Data)> AllRecords { get; }

    /// <summary>The chain's hash algorithm, iterations and salt; <see langword="null"/> when the zone has no NSEC3 at all.</summary>
    public (byte Algorithm, ushort Iterations, byte[] Salt)? Parameters { get; }

    /// <summary>The chain's NSEC3 records with a well-formed owner, in hash order.</summary>
    public Nsec3Entry[] Entries { get; }

    /// <summary>The chain's NSEC3 records whose owner is not a hash label directly below the apex.</summary>
    public List<ResourceRecord> BadOwners { get; } = [];

    /// <summary>The most iterations for which the zone's names are hashed (<see cref="MembersHashed"/>): above it, validators treat the chain's answers as insecure or bogus (RFC 9276 §3.2; Unbound, BIND and Knot use 150).</summary>
    public const int MaxIterationsHashed = 150;

    /// <summary>
    /// The most hashing of the zone's names, in hashes per record of the zone (or of 1,000 records in a smaller zone): a
    /// signed zone's names cost at most its iterations plus one per two records, each covered name having its NSEC3 and
    /// an RRSIG over it.
    /// </summary>
    public const int MaxHashesPerRecord = 1_000;

    /// <summary>
    /// Whether the names that must be covered were hashed: not when the chain uses more than
    /// <see cref="MaxIterationsHashed"/> iterations, nor when hashing them would take more than <see cref="MaxHashesPerRecord"/>.
    /// </summary>
    public bool MembersHashed { get; } = true;

    /// <summary>How many names must be covered; 0 when they are not listed (no NSEC3 records, or more than <see cref="MaxIterationsHashed"/>).</summary>
    public int NamesToCover { get; }

    /// <summary>The names that must be covered, by hash; empty when not <see cref="MembersHashed"/>.</summary>
    public Dictionary<Nsec3Hash, ChainMember> Members { get; } = [];

    /// <summary>The hash of each name that must be covered.</summary>
    public Dictionary<DomainName, Nsec3Hash> MemberHashes { get; } = new(NameComparer.Instance);

    public static Nsec3Chain For(Zone zone) => ZoneCache<Nsec3Chain>.Get(zone, z => new Nsec3Chain(z));

    /// <summary>Whether an NSEC3 record uses the chain's parameters.</summary>
    private static bool Matches(Nsec3Data data, byte algorithm, ushort iterations, ReadOnlySpan<byte> salt) =>
        data.HashAlgorithm == algorithm && data.Iterations == iterations && data.Salt.AsSpan().SequenceEqual(salt);

    /// <summary>The entry whose span covers <paramref name="hash"/> (the last entry at or before it, wrapping), or null when the chain is empty.</summary>
    public Nsec3Entry? Covering(Nsec3Hash hash)
    {
        if (Entries.Length == 0)
        {
            return null;
        }

        int lo = 0, hi = Entries.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Entries[mid].Hash.CompareTo(hash) <= 0)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Entries[found < 0 ? Entries.Length - 1 : found];
    }

    /// <summary>The NSEC or NSEC3 mode of a zone: NSEC3 when the apex has NSEC3PARAM, or NSEC3 records exist and the apex has no NSEC.</summary>
    public static DenialMode DetectMode(Zone zone)
    {
        var apex = zone.Apex;
        if (apex?.Has(RRType.NSEC3PARAM) == true)
        {
            return DenialMode.Nsec3;
        }

        bool nsec = zone.NodesWith(RRType.NSEC).Length > 0, nsec3 = zone.NodesWith(RRType.NSEC3).Length > 0;
        return nsec3 && apex?.Has(RRType.NSEC) != true ? DenialMode.Nsec3 : nsec ? DenialMode.Nsec : DenialMode.None;
    }

    /// <summary>Reads the hash an NSEC3 owner spells: one Base32hex label of a 20-octet hash directly below the apex.</summary>
    private static bool TryOwnerHash(Zone zone, DomainName owner, out Nsec3Hash hash)
    {
        hash = default;
        var parent = owner.Parent;
        if (parent is null || !parent.Equals(zone.Origin))
        {
            return false;
        }

        if (!BinaryText.TryDecodeBase32Hex(owner.GetLabel(0), out var bytes) || bytes.Length != 20)
        {
            return false;
        }

        hash = Nsec3Hash.From(bytes);
        return true;
    }
}
