using System.Text;
using ZoneLint.Text;

namespace ZoneLint.Model;

/// <summary>How names inside RDATA are written in wire form.</summary>
internal enum WireForm
{
    /// <summary>As spelled in the zone.</summary>
    Original,

    /// <summary>RFC 4034 §6.2: names lower-cased in the types that section lists (for DNSSEC).</summary>
    Canonical,

    /// <summary>Every name lower-cased: the form in which two RDATA compare equal (RFC 4343).</summary>
    Comparison,
}

/// <summary>
/// The typed RDATA of a record. Each type has its own sealed class in <c>Model/Records</c>, headed by the
/// RFC layout it implements; types without one are kept as <see cref="Records.UnknownData"/> (RFC 3597).
/// </summary>
/// <remarks>Immutable. Two RDATA are equal when their wire forms are, names compared without case.</remarks>
public abstract class RecordData : IEquatable<RecordData>
{
    private protected RecordData()
    {
    }

    /// <summary>The record type this RDATA belongs to.</summary>
    public abstract RRType Type { get; }

    /// <summary>
    /// The name rules follow from this RDATA, if it has one: an NS, CNAME, DNAME or PTR target, an MX exchange, an SRV
    /// target. Walks of the nodes of one type fetch it ahead (<see cref="NodeList"/>).
    /// </summary>
    internal virtual DomainName? FollowedName => null;

    /// <summary>Writes the RDATA in wire form.</summary>
    internal abstract void WriteWire(WireWriter writer, WireForm form);

    /// <summary>Writes the RDATA in presentation form (RFC 1035 §5.1), names absolute.</summary>
    internal abstract void WriteText(StringBuilder builder);

    /// <summary>
    /// Decodes uncompressed wire-form RDATA of <paramref name="type"/>: the typed class when there is one, else
    /// <see cref="Records.UnknownData"/>. Returns <see langword="null"/> with a reason when the octets do not fit the type.
    /// </summary>
    public static RecordData? FromWire(RRType type, ReadOnlySpan<byte> data, out string? error)
    {
        error = null;
        if (!Records.RecordCodecs.TryGet(type, out _, out var decode))
        {
            return new Records.UnknownData(type, [.. data]);
        }

        var reader = new WireReader(data);
        var result = decode(ref reader);
        if (result is null || reader.Failed || !reader.AtEnd)
        {
            error = reader.Error ?? (reader.AtEnd ? $"not valid {type} data" : "octets are left over after the fields");
            return null;
        }

        return result;
    }

    /// <summary>The RDATA in uncompressed wire form, names as spelled.</summary>
    public byte[] ToWire() => ToWire(WireForm.Original);

    internal byte[] ToWire(WireForm form)
    {
        var writer = WireWriter.Rent();
        try
        {
            WriteWire(writer, form);
            return writer.WrittenSpan.ToArray();
        }
        finally
        {
            WireWriter.Return(writer);
        }
    }

    /// <summary>The RDATA in presentation form.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        WriteText(sb);
        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(RecordData? other)
    {
        if (other is null || other.Type != Type)
        {
            return false;
        }

        return ReferenceEquals(this, other) || EqualsSameType(other);
    }

    /// <summary>Whether <paramref name="other"/>, of the same type, holds the same RDATA: the same octets in comparison form.</summary>
    /// <remarks>PERF: the types most often in RRsets of two or more compare their fields instead of writing both out.</remarks>
    private protected virtual bool EqualsSameType(RecordData other)
    {
        var a = WireWriter.Rent();
        var b = WireWriter.Rent();
        try
        {
            WriteWire(a, WireForm.Comparison);
            other.WriteWire(b, WireForm.Comparison);
            return a.WrittenSpan.SequenceEqual(b.WrittenSpan);
        }
        finally
        {
            WireWriter.Return(a);
            WireWriter.Return(b);
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecordData);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var w = WireWriter.Rent();
        try
        {
            WriteWire(w, WireForm.Comparison);
            var hash = new HashCode();
            hash.Add(Type.Value);
            hash.AddBytes(w.WrittenSpan);
            return hash.ToHashCode();
        }
        finally
        {
            WireWriter.Return(w);
        }
    }
}
