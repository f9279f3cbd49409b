namespace ZoneLint.Model.Records;

/// <summary>Character-string data with the same strings, octet for octet (whatever its type: callers keep to one).</summary>
internal sealed class SameStrings : IEqualityComparer<CharacterStringsData>
{
    public static readonly SameStrings Instance = new();

    public bool Equals(CharacterStringsData? x, CharacterStringsData? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Strings.Length != y.Strings.Length)
        {
            return false;
        }

        for (int i = 0; i < x.Strings.Length; i++)
        {
            if (!x.Strings[i].AsSpan().SequenceEqual(y.Strings[i].AsSpan()))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(CharacterStringsData obj)
    {
        var hash = default(HashCode);
        foreach (var s in obj.Strings)
        {
            Add(ref hash, s.AsSpan());
        }

        return hash.ToHashCode();
    }

    /// <summary>Adds one string to a hash as <see cref="GetHashCode(CharacterStringsData)"/> does, for tables that hash strings not yet made into data.</summary>
    internal static void Add(ref HashCode hash, ReadOnlySpan<byte> octets)
    {
        hash.Add(octets.Length);
        hash.AddBytes(octets);
    }
}
