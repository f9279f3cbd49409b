using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// URI RDATA (RFC 7553 §4.5): 16-bit PRIORITY (lower first), 16-bit WEIGHT (share among equal priorities), then
/// TARGET, the URI as the rest of the RDATA (not a character-string, so not limited to 255 octets) and never empty.
/// The presentation form writes the target as a quoted string (RFC 7553 §4.4).
/// <see href="https://www.rfc-editor.org/rfc/rfc7553#section-4.5"/>
/// </summary>
public sealed class UriData : RecordData
{
    /// <summary>The longest target: RDATA is at most 65535 octets and the two numbers take four.</summary>
    internal const int MaxTargetLength = ushort.MaxValue - 4;

    /// <summary>Creates URI RDATA.</summary>
    /// <exception cref="ArgumentException">The target is empty or too long.</exception>
    public UriData(ushort priority, ushort weight, ImmutableArray<byte> target)
    {
        if (target.IsDefaultOrEmpty || target.Length > MaxTargetLength)
        {
            throw new ArgumentException("A URI target holds 1 to 65531 octets (RFC 7553 §4.5).", nameof(target));
        }

        Priority = priority;
        Weight = weight;
        Target = target;
    }

    /// <summary>Creates URI RDATA from a URI, encoded as UTF-8.</summary>
    public UriData(ushort priority, ushort weight, string target)
        : this(priority, weight, ImmutableCollectionsMarshal.AsImmutableArray(Encoding.UTF8.GetBytes(target ?? throw new ArgumentNullException(nameof(target)))))
    {
    }

    /// <summary>The priority; lower values are tried first.</summary>
    public ushort Priority { get; }

    /// <summary>The weight, for load sharing among targets of the same priority.</summary>
    public ushort Weight { get; }

    /// <summary>The target URI, as octets.</summary>
    public ImmutableArray<byte> Target { get; }

    /// <summary>The target URI decoded as UTF-8.</summary>
    public string TargetText => Encoding.UTF8.GetString(Target.AsSpan());

    /// <inheritdoc/>
    public override RRType Type => RRType.URI;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadUInt16("URI priority", out ushort priority)
            || !r.ReadUInt16("URI weight", out ushort weight)
            || !r.ReadString("URI target", requireQuotes: true, allowEmpty: false, out var target))
        {
            return null;
        }

        if (target.Length > MaxTargetLength)
        {
            r.Fail("URI target is longer than the 65531 octets that fit in RDATA");
            return null;
        }

        return new UriData(priority, weight, ImmutableCollectionsMarshal.AsImmutableArray(target));
    }

    internal static RecordData? Read(ref WireReader r)
    {
        ushort priority = r.ReadUInt16(), weight = r.ReadUInt16();
        var target = r.ReadRemaining();
        if (!r.Failed && target.Length == 0)
        {
            r.Fail("the URI target is empty (RFC 7553 §4.5: its length must be greater than zero)");
        }

        return r.Failed ? null : new UriData(priority, weight, ImmutableCollectionsMarshal.AsImmutableArray(target));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Priority);
        writer.WriteUInt16(Weight);
        writer.WriteBytes(Target.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Priority).Append(' ').Append(Weight).Append(' ');
        BinaryText.AppendQuoted(builder, Target.AsSpan());
    }
}
