using ZoneLint.Model;

namespace ZoneLint.Parsing;

/// <summary>Interns names by exact spelling so that a name repeated across records is stored once.</summary>
/// <remarks>PERF: lookups go by the wire bytes on the stack, so a name already seen costs no allocation.</remarks>
internal sealed class NameTable
{
    private readonly Dictionary<DomainName, DomainName> names = new(ExactComparer.Instance);

    // Names equal but for case (RFC 4343) share a group number; consulted only when a new spelling is interned.
    private readonly Dictionary<DomainName, int> groups = new(NameComparer.Instance);
    private readonly Dictionary<DomainName, DomainName>.AlternateLookup<ReadOnlySpan<byte>> lookup;

    public NameTable()
    {
        lookup = names.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    public int Count => names.Count;

    /// <summary>How many groups of names (equal but for case) were numbered, 1 to this.</summary>
    public int Groups => groups.Count;

    /// <summary>Forgets every name; names interned after this are numbered apart from those before (streaming only).</summary>
    public void Clear()
    {
        names.Clear();
        groups.Clear();
    }

    public DomainName Intern(ReadOnlySpan<byte> wire)
    {
        if (lookup.TryGetValue(wire, out var existing))
        {
            return existing;
        }

        var name = new DomainName(wire.ToArray());
        ref int group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, name, out bool exists);
        if (!exists)
        {
            group = groups.Count;
        }

        name.InternGroup = group;
        names.Add(name, name);
        return name;
    }

    private sealed class ExactComparer : IEqualityComparer<DomainName>, IAlternateEqualityComparer<ReadOnlySpan<byte>, DomainName>
    {
        public static readonly ExactComparer Instance = new();

        public bool Equals(DomainName? x, DomainName? y) => x is not null && y is not null && x.Wire.SequenceEqual(y.Wire);

        public int GetHashCode(DomainName obj) => DomainName.ComputeHash(obj.Wire);

        public bool Equals(ReadOnlySpan<byte> alternate, DomainName other) => alternate.SequenceEqual(other.Wire);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => DomainName.ComputeHash(alternate);

        public DomainName Create(ReadOnlySpan<byte> alternate) => new(alternate.ToArray());
    }
}
