namespace ZoneLint.Model;

/// <summary>Case-insensitive name equality, for sets and dictionaries of names.</summary>
internal sealed class NameComparer : IEqualityComparer<DomainName>
{
    public static readonly NameComparer Instance = new();

    public bool Equals(DomainName? x, DomainName? y) => x is null ? y is null : x.Equals(y);

    public int GetHashCode(DomainName obj) => obj.GetHashCode();
}
