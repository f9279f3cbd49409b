using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SINK RDATA (type 40, draft-ietf-dnsind-kitchen-sink-02; registered by IANA): 8-bit MEANING, 8-bit CODING, 8-bit
/// SUBCODING, then DATA, whose format the three say; written as three numbers and the data in Base64 (which may be
/// split by white space, or be absent), as BIND reads and prints it.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
/// <remarks>
/// The earlier draft-eastlake-kitchen-sink had no meaning octet, and NSD still reads that form, <c>coding subcoding
/// data</c> (<c>SINK 64 1 TkxuZXRMYWJzLm5s</c>). When the third field is not a number from 0 to 255, the text is read in
/// that form: its octets on the wire are the same, so the record is kept, and printed in the three-number form.
/// </remarks>
public sealed class SinkData : RecordData
{
    /// <summary>Creates SINK RDATA.</summary>
    public SinkData(byte meaning, byte coding, byte subcoding, ImmutableArray<byte> data)
    {
        Meaning = meaning;
        Coding = coding;
        Subcoding = subcoding;
        Data = data.IsDefault ? [] : data;
    }

    /// <summary>The meaning octet.</summary>
    public byte Meaning { get; }

    /// <summary>The coding octet.</summary>
    public byte Coding { get; }

    /// <summary>The subcoding octet.</summary>
    public byte Subcoding { get; }

    /// <summary>The data octets; may be empty.</summary>
    public ImmutableArray<byte> Data { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.SINK;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadUInt8("SINK meaning", out byte meaning) || !r.ReadUInt8("SINK coding", out byte coding))
        {
            return null;
        }

        if (r.AtEnd)
        {
            r.FailMissing("SINK subcoding");
            return null;
        }

        if (!RdataReader.TryParseNumber(r.Text(r.Peek()), byte.MaxValue, out ulong subcoding))
        {
            // NSD's two-number form: the data follows the coding and subcoding directly.
            int first = r.Index;
            string found = r.TextOf(r.Peek());
            if (!BinaryText.TryDecodeBase64(r.JoinRemaining(out _), out var whole) || whole.Length == 0)
            {
                r.Fail(first, $"SINK subcoding must be a number from 0 to 255 followed by the data in Base64, found '{found}'", ParserDiagnostics.InvalidRdata);
                return null;
            }

            return new SinkData(meaning, coding, whole[0], ImmutableCollectionsMarshal.AsImmutableArray(whole[1..]));
        }

        r.TryNext(out _);
        return r.ReadRemainingBase64("SINK data (Base64)", allowEmpty: true, out var data)
            ? new SinkData(meaning, coding, (byte)subcoding, ImmutableCollectionsMarshal.AsImmutableArray(data))
            : null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        byte meaning = r.ReadUInt8(), coding = r.ReadUInt8(), subcoding = r.ReadUInt8();
        var data = r.ReadRemaining();
        return r.Failed ? null : new SinkData(meaning, coding, subcoding, ImmutableCollectionsMarshal.AsImmutableArray(data));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(Meaning);
        writer.WriteUInt8(Coding);
        writer.WriteUInt8(Subcoding);
        writer.WriteBytes(Data.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Meaning).Append(' ').Append(Coding).Append(' ').Append(Subcoding);
        if (!Data.IsEmpty)
        {
            builder.Append(' ');
            BinaryText.AppendBase64(builder, Data.AsSpan());
        }
    }
}
