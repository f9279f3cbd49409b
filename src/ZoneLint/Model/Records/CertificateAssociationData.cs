using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The RDATA layout TLSA (RFC 6698 §2.1) and SMIMEA (RFC 8162 §2) share: 8-bit CERTIFICATE USAGE, 8-bit SELECTOR,
/// 8-bit MATCHING TYPE, then the CERTIFICATE ASSOCIATION DATA, written in hex.
/// Whether the data's length suits the matching type is a rule's question, not the parser's.
/// <see href="https://www.rfc-editor.org/rfc/rfc6698#section-2.1"/>
/// </summary>
public abstract class CertificateAssociationData : RecordData
{
    private protected CertificateAssociationData(byte usage, byte selector, byte matchingType, ImmutableArray<byte> data)
    {
        if (data.IsDefaultOrEmpty)
        {
            throw new ArgumentException("Certificate association data holds at least one octet.", nameof(data));
        }

        Usage = usage;
        Selector = selector;
        MatchingType = matchingType;
        Data = data;
    }

    /// <summary>The certificate usage (0 PKIX-TA, 1 PKIX-EE, 2 DANE-TA, 3 DANE-EE; RFC 7218).</summary>
    public byte Usage { get; }

    /// <summary>The selector (0 full certificate, 1 SubjectPublicKeyInfo).</summary>
    public byte Selector { get; }

    /// <summary>The matching type (0 exact, 1 SHA-256, 2 SHA-512).</summary>
    public byte MatchingType { get; }

    /// <summary>The certificate association data.</summary>
    public ImmutableArray<byte> Data { get; }

    private static readonly string[] TlsaFieldNames = ["TLSA certificate usage", "TLSA selector", "TLSA matching type", "TLSA certificate association data"];

    private static readonly string[] SmimeaFieldNames = ["SMIMEA certificate usage", "SMIMEA selector", "SMIMEA matching type", "SMIMEA certificate association data"];

    private protected delegate RecordData Factory(byte usage, byte selector, byte matchingType, ImmutableArray<byte> data);

    private protected static RecordData? Parse(RdataReader r, Factory create)
    {
        // PERF: the field names are constants, so a record costs no string unless it is wrong.
        var names = r.RecordType == RRType.SMIMEA ? SmimeaFieldNames : TlsaFieldNames;
        if (r.ReadUInt8(names[0], out byte usage)
            && r.ReadUInt8(names[1], out byte selector)
            && r.ReadUInt8(names[2], out byte matching)
            && r.ReadRemainingHex(names[3], allowEmpty: false, out var data))
        {
            return create(usage, selector, matching, ImmutableCollectionsMarshal.AsImmutableArray(data));
        }

        return null;
    }

    private protected static RecordData? Read(ref WireReader r, Factory create)
    {
        byte usage = r.ReadUInt8(), selector = r.ReadUInt8(), matching = r.ReadUInt8();
        var data = r.ReadRemaining();
        if (r.Failed)
        {
            return null;
        }

        if (data.Length == 0)
        {
            r.Fail("the certificate association data is empty");
            return null;
        }

        return create(usage, selector, matching, ImmutableCollectionsMarshal.AsImmutableArray(data));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(Usage);
        writer.WriteUInt8(Selector);
        writer.WriteUInt8(MatchingType);
        writer.WriteBytes(Data.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Usage).Append(' ').Append(Selector).Append(' ').Append(MatchingType).Append(' ');
        BinaryText.AppendHex(builder, Data.AsSpan());
    }
}
