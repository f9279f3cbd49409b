using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// DOA RDATA (type 259, draft-durand-doa-over-dns; registered by IANA), a Digital Object Architecture object:
/// 32-bit DOA-ENTERPRISE (an SMI enterprise number), 32-bit DOA-TYPE, 8-bit DOA-LOCATION (1 local, 2 URI, 3 handle),
/// DOA-MEDIA-TYPE (a character-string holding a media type, possibly empty), then DOA-DATA. In text the data is
/// Base64, or <c>-</c> when it is empty; it may be split by white space.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class DoaData : RecordData
{
    /// <summary>Creates DOA RDATA.</summary>
    /// <exception cref="ArgumentException">The media type is over 255 octets.</exception>
    public DoaData(uint enterprise, uint doaType, byte location, ImmutableArray<byte> mediaType, ImmutableArray<byte> data)
    {
        Enterprise = enterprise;
        DoaType = doaType;
        Location = location;
        MediaType = CharacterString.Check(mediaType, nameof(mediaType));
        Data = data.IsDefault ? [] : data;
    }

    /// <summary>DOA-ENTERPRISE: the SMI enterprise number that defines <see cref="DoaType"/>.</summary>
    public uint Enterprise { get; }

    /// <summary>DOA-TYPE: the type of the object, in the enterprise's numbering.</summary>
    public uint DoaType { get; }

    /// <summary>DOA-LOCATION: where the object is (1 in the data, 2 at a URI, 3 at a handle).</summary>
    public byte Location { get; }

    /// <summary>DOA-MEDIA-TYPE: the media type of the data, as octets; may be empty.</summary>
    public ImmutableArray<byte> MediaType { get; }

    /// <summary>DOA-DATA; may be empty.</summary>
    public ImmutableArray<byte> Data { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.DOA;

    internal static RecordData? Parse(RdataReader r)
    {
        if (r.ReadUInt32("DOA enterprise", out uint enterprise)
            && r.ReadUInt32("DOA type", out uint type)
            && r.ReadUInt8("DOA location", out byte location)
            && r.ReadCharacterString("DOA media type", out var mediaType)
            && (!r.AtEnd || r.FailMissing("DOA data (Base64, or '-' for none)"))
            && r.ReadRemainingBase64("DOA data (Base64, or '-' for none)", allowEmpty: true, out var data))
        {
            return new DoaData(enterprise, type, location, ImmutableCollectionsMarshal.AsImmutableArray(mediaType), ImmutableCollectionsMarshal.AsImmutableArray(data));
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        uint enterprise = r.ReadUInt32(), type = r.ReadUInt32();
        byte location = r.ReadUInt8();
        var mediaType = r.ReadCharacterString();
        var data = r.ReadRemaining();
        return r.Failed ? null : new DoaData(enterprise, type, location, ImmutableCollectionsMarshal.AsImmutableArray(mediaType), ImmutableCollectionsMarshal.AsImmutableArray(data));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt32(Enterprise);
        writer.WriteUInt32(DoaType);
        writer.WriteUInt8(Location);
        writer.WriteCharacterString(MediaType.AsSpan());
        writer.WriteBytes(Data.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Enterprise).Append(' ').Append(DoaType).Append(' ').Append(Location).Append(' ');
        BinaryText.AppendQuoted(builder, MediaType.AsSpan());
        builder.Append(' ');
        if (Data.IsEmpty)
        {
            builder.Append('-');
        }
        else
        {
            BinaryText.AppendBase64(builder, Data.AsSpan());
        }
    }
}
