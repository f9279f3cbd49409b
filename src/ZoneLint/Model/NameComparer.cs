namespace ZoneLint.Model;

/// <summary>Case-insensitive name equality that also looks names up by their wire bytes, without allocating.</summary>
internal sealed class NameComparer : IEqualityComparer<DomainName>, IAlternateEqualityComparer<ReadOnlySpan<byte>, DomainName>
{
    public static readonly NameComparer Instance = new();

    public bool Equals(DomainName? x, DomainName? y) => x is null ? y is null : x.Equals(y);

    public int GetHashCode(DomainName obj) => obj.GetHashCode();

    public bool Equals(ReadOnlySpan<byte> alternate, DomainName other) => DomainName.EqualsIgnoreCase(alternate, other.Wire);

    public int GetHashCode(ReadOnlySpan<byte> alternate) => DomainName.ComputeHash(alternate);

    public DomainName Create(ReadOnlySpan<byte> alternate) => new(alternate.ToArray());
}
