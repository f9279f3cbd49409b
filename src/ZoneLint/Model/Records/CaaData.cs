using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// CAA RDATA (RFC 8659 §4.1): 8-bit FLAGS (bit 0, value 128, is Issuer Critical), an 8-bit TAG LENGTH of 1 to 15,
/// the TAG (ASCII letters and digits only, matched without case), then the VALUE, the rest of the RDATA.
/// The presentation form (RFC 8659 §4.1.1) is <c>flags tag value</c>, the value quoted or a single unquoted word.
/// Only the syntax is checked here; what <c>issue</c>, <c>issuewild</c> and <c>iodef</c> values mean is for rules.
/// <see href="https://www.rfc-editor.org/rfc/rfc8659#section-4.1"/>
/// </summary>
public sealed class CaaData : RecordData
{
    /// <summary>The longest tag (RFC 8659 §4.1).</summary>
    public const int MaxTagLength = 15;

    /// <summary>The Issuer Critical flag (RFC 8659 §4.1).</summary>
    public const byte IssuerCriticalFlag = 128;

    /// <summary>Creates CAA RDATA.</summary>
    /// <exception cref="ArgumentException">The tag is empty, longer than 15 octets or not all letters and digits; or the value is too long.</exception>
    public CaaData(byte flags, ImmutableArray<byte> tag, ImmutableArray<byte> value)
    {
        if (tag.IsDefault || !IsValidTag(tag.AsSpan()))
        {
            throw new ArgumentException("A CAA tag is 1 to 15 ASCII letters and digits (RFC 8659 §4.1).", nameof(tag));
        }

        value = value.IsDefault ? [] : value;
        if (value.Length > MaxValueLength(tag.Length))
        {
            throw new ArgumentException("The CAA value does not fit in RDATA.", nameof(value));
        }

        Flags = flags;
        Tag = tag;
        Value = value;
    }

    /// <summary>Creates CAA RDATA from text; the value is encoded as UTF-8.</summary>
    public CaaData(byte flags, string tag, string value)
        : this(
            flags,
            ImmutableCollectionsMarshal.AsImmutableArray(Encoding.ASCII.GetBytes(tag ?? throw new ArgumentNullException(nameof(tag)))),
            ImmutableCollectionsMarshal.AsImmutableArray(Encoding.UTF8.GetBytes(value ?? throw new ArgumentNullException(nameof(value)))))
    {
    }

    /// <summary>The flags octet.</summary>
    public byte Flags { get; }

    /// <summary>Whether the Issuer Critical flag is set: a CA that does not understand the tag must not issue.</summary>
    public bool IsIssuerCritical => (Flags & IssuerCriticalFlag) != 0;

    /// <summary>The property tag, as octets (ASCII letters and digits).</summary>
    public ImmutableArray<byte> Tag { get; }

    /// <summary>The property tag as text, as written (compare it without case).</summary>
    public string TagText => Encoding.ASCII.GetString(Tag.AsSpan());

    /// <summary>The property value, as octets.</summary>
    public ImmutableArray<byte> Value { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.CAA;

    internal static bool IsValidTag(ReadOnlySpan<byte> tag)
    {
        if (tag.Length is 0 or > MaxTagLength)
        {
            return false;
        }

        foreach (byte b in tag)
        {
            if (!char.IsAsciiLetterOrDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static int MaxValueLength(int tagLength) => ushort.MaxValue - 2 - tagLength;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadUInt8("CAA flags", out byte flags) || !r.Next("CAA tag", out var tagToken))
        {
            return null;
        }

        var tag = r.Text(tagToken);
        if (tagToken.IsEscaped || !IsValidTag(tag))
        {
            r.Fail($"CAA tag must be 1 to 15 ASCII letters and digits (such as issue, issuewild or iodef; RFC 8659 §4.1), found '{r.TextOf(tagToken)}'");
            return null;
        }

        var tagBytes = tag.ToArray();
        if (!r.ReadString("CAA value", requireQuotes: false, allowEmpty: true, out var value))
        {
            return null;
        }

        if (value.Length > MaxValueLength(tagBytes.Length))
        {
            r.Fail("CAA value is longer than what fits in RDATA (65535 octets in all)");
            return null;
        }

        return new CaaData(flags, ImmutableCollectionsMarshal.AsImmutableArray(tagBytes), ImmutableCollectionsMarshal.AsImmutableArray(value));
    }

    internal static RecordData? Read(ref WireReader r)
    {
        byte flags = r.ReadUInt8();
        var tag = r.ReadCharacterString();
        if (r.Failed)
        {
            return null;
        }

        if (!IsValidTag(tag))
        {
            r.Fail("the CAA tag must be 1 to 15 ASCII letters and digits (RFC 8659 §4.1)");
            return null;
        }

        var value = r.ReadRemaining();
        return new CaaData(flags, ImmutableCollectionsMarshal.AsImmutableArray(tag), ImmutableCollectionsMarshal.AsImmutableArray(value));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(Flags);
        writer.WriteCharacterString(Tag.AsSpan());
        writer.WriteBytes(Value.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Flags).Append(' ');
        foreach (byte b in Tag)
        {
            builder.Append((char)b);
        }

        builder.Append(' ');
        BinaryText.AppendQuoted(builder, Value.AsSpan());
    }
}
