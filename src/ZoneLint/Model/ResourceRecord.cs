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
        Ttl = ttl;
        Data = data;
        Type = data.Type;
        line = location.Line;
        if (!dataLocation.IsKnown)
        {
            dataLocation = location;
        }

        // PERF: the record's column fits 16 bits, the RDATA's place is almost always a little after the record's, in
        // the same file, and the class is almost always IN; kept that way (the file, a column, two small deltas and a
        // flag) the record is 56 bytes instead of 80 (the parser makes one per record). Anything else goes to a side
        // object.
        long lineDelta = (long)dataLocation.Line - location.Line;
        if (ReferenceEquals(dataLocation.File, location.File) && recordClass == RRClass.IN
            && location.Column is >= 0 and <= ushort.MaxValue
            && lineDelta is >= 0 and <= byte.MaxValue && dataLocation.Column is >= 0 and <= ushort.MaxValue)
        {
            file = location.File;
            column = (ushort)location.Column;
            dataLineDelta = (byte)lineDelta;
            dataColumn = (ushort)dataLocation.Column;
        }
        else
        {
            file = new Unusual(location, dataLocation, recordClass);
        }

        flags = hasExplicitTtl ? ExplicitTtlFlag : (byte)0;
    }

    private const byte ExplicitTtlFlag = 1;

    // The file of Location (string), or what does not fit the fields below (Unusual).
    private readonly object? file;
    private readonly int line;
    private readonly ushort column;
    private readonly ushort dataColumn;
    private readonly byte dataLineDelta;
    private readonly byte flags;

    /// <summary>The owner name.</summary>
    public DomainName Owner { get; }

    /// <summary>The record type (the type of <see cref="Data"/>).</summary>
    /// <remarks>PERF: kept in the record: grouping and every RRset lookup compare types, and reading it through
    /// <see cref="Data"/> cost a second object's cache miss and a virtual call each time.</remarks>
    public RRType Type { get; }

    /// <summary>The class.</summary>
    public RRClass Class => file is Unusual unusual ? unusual.Class : RRClass.IN;

    /// <summary>The TTL in seconds.</summary>
    public uint Ttl { get; }

    /// <summary>Whether the TTL was written on the record, rather than taken from <c>$TTL</c>, the previous record or the SOA.</summary>
    public bool HasExplicitTtl => (flags & ExplicitTtlFlag) != 0;

    /// <summary>The typed RDATA.</summary>
    public RecordData Data { get; }

    /// <summary>Where the record starts: the file (the included file for <c>$INCLUDE</c>), line and column; the directive's line for <c>$GENERATE</c>.</summary>
    public SourceLocation Location => file is Unusual unusual ? unusual.Location : new((string?)file, line, column);

    /// <summary>Where the RDATA starts, for findings about a part of it.</summary>
    public SourceLocation DataLocation => file is Unusual unusual ? unusual.DataLocation : new((string?)file, line + dataLineDelta, dataColumn);

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

    private sealed record Unusual(SourceLocation Location, SourceLocation DataLocation, RRClass Class);
}
