using System.Runtime.CompilerServices;
using System.Text;

namespace ZoneLint.Model;

/// <summary>One resource record: owner, class, TTL and typed RDATA, with where it was read.</summary>
/// <remarks>
/// Immutable. Equality is RFC 2181 §5 identity: owner, class, type and RDATA (names without case); TTL and location do
/// not count. A value, 32 bytes, so that a zone's records are one array rather than an object each; <c>default</c> is
/// not a record (<see cref="IsDefault"/>), and the zone refuses it.
/// </remarks>
public readonly struct ResourceRecord : IEquatable<ResourceRecord>
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
        Type = data.Type;
        line = location.Line;
        if (!dataLocation.IsKnown)
        {
            dataLocation = location;
        }

        // PERF: the parser makes a record per record read, so each is kept in 32 bytes: the file is a number (SourceFiles),
        // the record's column almost always fits a byte, the RDATA's place is almost always a little after the record's,
        // in the same file, and the class is almost always IN. Anything else goes to a side object, in the RDATA's field.
        long lineDelta = (long)dataLocation.Line - location.Line;
        if (recordClass == RRClass.IN && string.Equals(dataLocation.File, location.File, StringComparison.Ordinal)
            && location.Column is >= 0 and <= byte.MaxValue
            && lineDelta is >= 0 and <= MaxDataLineDelta && dataLocation.Column is >= 0 and <= ushort.MaxValue
            && SourceFiles.Shared.TryNumber(location.File, out file))
        {
            this.data = data;
            column = (byte)location.Column;
            dataColumn = (ushort)dataLocation.Column;
            packed = (byte)(lineDelta << 1);
        }
        else
        {
            this.data = new Unusual(data, location, dataLocation, recordClass);
            packed = UnusualMark << 1;
        }

        packed |= hasExplicitTtl ? ExplicitTtlFlag : (byte)0;
    }

    private const byte ExplicitTtlFlag = 1;

    // PERF: the side object is told by this line delta, not by a type check: precompiled (ReadyToRun) code calls a
    // runtime helper for `is` on every read of Data (1.5% of the samples of a 1M-record lint).
    private const int UnusualMark = byte.MaxValue >> 1;
    private const int MaxDataLineDelta = UnusualMark - 1;

    // The RDATA (RecordData), or it with what does not fit the fields below (Unusual).
    private readonly object data;
    private readonly int line;
    private readonly ushort file;
    private readonly ushort dataColumn;
    private readonly byte column;

    // The explicit TTL flag, and above it how many lines after the record's its RDATA starts (UnusualMark: see data).
    private readonly byte packed;

    private bool IsUnusual => (packed >> 1) == UnusualMark;

    /// <summary>Whether this is <c>default(ResourceRecord)</c>, which holds no owner and no data.</summary>
    public bool IsDefault => data is null;

    internal static void ThrowIfDefault(ResourceRecord record, [CallerArgumentExpression(nameof(record))] string? name = null)
    {
        if (record.IsDefault)
        {
            throw new ArgumentException("default(ResourceRecord) is not a record: make records with a constructor.", name);
        }
    }

    /// <summary>The owner name.</summary>
    public DomainName Owner { get; }

    /// <summary>The record type (the type of <see cref="Data"/>).</summary>
    /// <remarks>PERF: kept in the record: grouping and every RRset lookup compare types, and reading it through
    /// <see cref="Data"/> cost a second object's cache miss and a virtual call each time.</remarks>
    public RRType Type { get; }

    /// <summary>The class.</summary>
    public RRClass Class => IsUnusual ? Unsafe.As<Unusual>(data).Class : RRClass.IN;

    /// <summary>The TTL in seconds.</summary>
    public uint Ttl { get; }

    /// <summary>Whether the TTL was written on the record, rather than taken from <c>$TTL</c>, the previous record or the SOA.</summary>
    public bool HasExplicitTtl => (packed & ExplicitTtlFlag) != 0;

    /// <summary>The typed RDATA.</summary>
    public RecordData Data => IsUnusual ? Unsafe.As<Unusual>(data).Data : Unsafe.As<RecordData>(data);

    /// <summary>Asks the processor to fetch the RDATA, without waiting for it.</summary>
    internal void PrefetchData()
    {
        if (data is not null)
        {
            Prefetch.Object(data);
        }
    }

    /// <summary>Where the record starts: the file (the included file for <c>$INCLUDE</c>), line and column; the directive's line for <c>$GENERATE</c>.</summary>
    public SourceLocation Location => IsUnusual ? Unsafe.As<Unusual>(data).Location : new(SourceFiles.Shared.Get(file), line, column);

    /// <summary>Where the RDATA starts, for findings about a part of it.</summary>
    public SourceLocation DataLocation => IsUnusual ? Unsafe.As<Unusual>(data).DataLocation : new(SourceFiles.Shared.Get(file), line + (packed >> 1), dataColumn);

    /// <summary>The record in presentation form: <c>owner TTL class type rdata</c>.</summary>
    public override string ToString()
    {
        if (IsDefault)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        sb.Append(Owner).Append(' ').Append(Ttl).Append(' ').Append(Class).Append(' ').Append(Type).Append(' ');
        Data.WriteText(sb);
        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(ResourceRecord other) =>
        IsDefault || other.IsDefault ? IsDefault && other.IsDefault : Owner.Equals(other.Owner) && Class == other.Class && Data.Equals(other.Data);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResourceRecord other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsDefault ? 0 : HashCode.Combine(Owner, Class, Data);

    /// <summary>Whether two records are the same record (RFC 2181 §5): owner, class, type and RDATA.</summary>
    public static bool operator ==(ResourceRecord left, ResourceRecord right) => left.Equals(right);

    /// <summary>Whether two records are not the same record (RFC 2181 §5).</summary>
    public static bool operator !=(ResourceRecord left, ResourceRecord right) => !left.Equals(right);

    private sealed record Unusual(RecordData Data, SourceLocation Location, SourceLocation DataLocation, RRClass Class);
}
