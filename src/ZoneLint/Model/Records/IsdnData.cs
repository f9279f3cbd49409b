using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// ISDN RDATA (RFC 1183 §3.2): ISDN-ADDRESS, a character-string holding the owner's ISDN number (E.164 country code and
/// national number), optionally followed by SA, a character-string holding the subaddress.
/// <see href="https://www.rfc-editor.org/rfc/rfc1183#section-3.2"/>
/// </summary>
/// <remarks>
/// An absent subaddress and an empty one differ on the wire, so they are kept apart: <see cref="Subaddress"/> is
/// <see langword="null"/> only when the RDATA ends after the address.
/// </remarks>
public sealed class IsdnData : RecordData
{
    /// <summary>Creates ISDN RDATA from octet strings of at most 255 octets each.</summary>
    public IsdnData(ImmutableArray<byte> address, ImmutableArray<byte>? subaddress = null)
    {
        Address = CharacterString.Check(address, nameof(address));
        Subaddress = subaddress is { } sa ? CharacterString.Check(sa, nameof(subaddress)) : null;
    }

    /// <summary>Creates ISDN RDATA from text, encoded as UTF-8.</summary>
    public IsdnData(string address, string? subaddress = null)
        : this(CharacterString.FromText(address), subaddress is null ? null : CharacterString.FromText(subaddress))
    {
    }

    /// <summary>The ISDN address, as octets.</summary>
    public ImmutableArray<byte> Address { get; }

    /// <summary>The subaddress, as octets, or <see langword="null"/> when there is none.</summary>
    public ImmutableArray<byte>? Subaddress { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.ISDN;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadCharacterString("ISDN address", out var address))
        {
            return null;
        }

        if (r.AtEnd)
        {
            return new IsdnData(ImmutableCollectionsMarshal.AsImmutableArray(address));
        }

        return r.ReadCharacterString("ISDN subaddress", out var subaddress)
            ? new IsdnData(ImmutableCollectionsMarshal.AsImmutableArray(address), ImmutableCollectionsMarshal.AsImmutableArray(subaddress))
            : null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var address = r.ReadCharacterString();
        if (r.Failed)
        {
            return null;
        }

        if (r.AtEnd)
        {
            return new IsdnData(ImmutableCollectionsMarshal.AsImmutableArray(address));
        }

        var subaddress = r.ReadCharacterString();
        return r.Failed ? null : new IsdnData(ImmutableCollectionsMarshal.AsImmutableArray(address), ImmutableCollectionsMarshal.AsImmutableArray(subaddress));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteCharacterString(Address.AsSpan());
        if (Subaddress is { } sa)
        {
            writer.WriteCharacterString(sa.AsSpan());
        }
    }

    internal override void WriteText(StringBuilder builder)
    {
        BinaryText.AppendQuoted(builder, Address.AsSpan());
        if (Subaddress is { } sa)
        {
            builder.Append(' ');
            BinaryText.AppendQuoted(builder, sa.AsSpan());
        }
    }
}
