using System.Text;

namespace ZoneLint.Model;

/// <summary>One resource record: owner, class, TTL and typed RDATA, with where it was read.</summary>
/// <remarks>Immutable. Equality is RFC 2181 §5 identity: owner, class, type and RDATA (names without case); TTL and location do not count.</remarks>
public sealed class ResourceRecord : IEquatable<ResourceRecord>
{
    /// <summary>Creates a record, as a panel does from its own database.</summary>
    /// <param name="owner">The owner name.</param>
    /// <param name="ttl">The TTL in seconds.</param>
    /// <param name="data">The RDATA; its type is the record's type.</param>
    /// <param name="location">Where the record comes from, if anywhere.</param>
    public ResourceRecord(DomainName owner, uint ttl, RecordData data, SourceLocation location = default)
        : this(owner, RRClass.IN, ttl, hasExplicitTtl: true, data, location, default)
    {
    }

    /// <summary>Creates a record with every field given.</summary>
    public ResourceRecord(DomainName owner, RRClass recordClass, uint ttl, bool hasExplicitTtl, RecordData data, SourceLocation location, SourceLocation dataLocation)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(data);
        Owner = owner;
        Class = recordClass;
        Ttl = ttl;
        HasExplicitTtl = hasExplicitTtl;
        Data = data;
        Type = data.Type;
        Location = location;
        DataLocation = dataLocation.IsKnown ? dataLocation : location;
    }

    /// <summary>The owner name.</summary>
    public DomainName Owner { get; }

    /// <summary>The record type (the type of <see cref="Data"/>).</summary>
    /// <remarks>PERF: kept in the record: grouping and every RRset lookup compare types, and reading it through
    /// <see cref="Data"/> cost a second object's cache miss and a virtual call each time.</remarks>
    public RRType Type { get; }

    /// <summary>The class.</summary>
    public RRClass Class { get; }

    /// <summary>The TTL in seconds.</summary>
    public uint Ttl { get; }

    /// <summary>Whether the TTL was written on the record, rather than taken from <c>$TTL</c>, the previous record or the SOA.</summary>
    public bool HasExplicitTtl { get; }

    /// <summary>The typed RDATA.</summary>
    public RecordData Data { get; }

    /// <summary>Where the record starts: the file (the included file for <c>$INCLUDE</c>), line and column; the directive's line for <c>$GENERATE</c>.</summary>
    public SourceLocation Location { get; }

    /// <summary>Where the RDATA starts, for findings about a part of it.</summary>
    public SourceLocation DataLocation { get; }

    /// <summary>The record in presentation form: <c>owner TTL class type rdata</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Owner).Append(' ').Append(Ttl).Append(' ').Append(Class).Append(' ').Append(Type).Append(' ');
        Data.WriteText(sb);
        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(ResourceRecord? other) =>
        other is not null && Owner.Equals(other.Owner) && Class == other.Class && Data.Equals(other.Data);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResourceRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Owner, Class, Data);
}
