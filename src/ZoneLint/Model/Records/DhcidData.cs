using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// DHCID RDATA (RFC 4701 §3): a 16-bit IDENTIFIER TYPE code (which DHCP client identifier was hashed), an 8-bit
/// DIGEST TYPE (1 = SHA-256), then the DIGEST; written as one Base64 string (RFC 4701 §3.4), white space allowed.
/// <see href="https://www.rfc-editor.org/rfc/rfc4701#section-3"/>
/// </summary>
public sealed class DhcidData : RecordData
{
    /// <summary>The fixed fields: identifier type and digest type.</summary>
    internal const int MinLength = 3;

    /// <summary>Creates DHCID RDATA from its octets.</summary>
    /// <exception cref="ArgumentException">The data is shorter than the identifier type and digest type.</exception>
    public DhcidData(ImmutableArray<byte> data)
    {
        if (data.IsDefault || data.Length < MinLength)
        {
            throw new ArgumentException("DHCID RDATA holds at least the identifier type (2 octets) and the digest type (1 octet).", nameof(data));
        }

        Data = data;
    }

    /// <summary>The RDATA octets: identifier type, digest type, digest.</summary>
    public ImmutableArray<byte> Data { get; }

    /// <summary>The identifier type code (0 = htype and chaddr, 1 = client identifier option, 2 = DUID; RFC 4701 §3.3).</summary>
    public ushort IdentifierType => BinaryPrimitives.ReadUInt16BigEndian(Data.AsSpan());

    /// <summary>The digest type (1 = SHA-256).</summary>
    public byte DigestType => Data[2];

    /// <summary>The digest.</summary>
    public ReadOnlySpan<byte> Digest => Data.AsSpan()[MinLength..];

    /// <inheritdoc/>
    public override RRType Type => RRType.DHCID;

    internal static RecordData? Parse(RdataReader r)
    {
        int first = r.Index;
        if (!r.ReadRemainingBase64("DHCID data", allowEmpty: false, out var data))
        {
            return null;
        }

        if (data.Length < MinLength)
        {
            r.Fail(first, TooShort(data.Length), ParserDiagnostics.InvalidRdata);
            return null;
        }

        return new DhcidData(ImmutableCollectionsMarshal.AsImmutableArray(data));
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var data = r.ReadRemaining();
        if (data.Length < MinLength)
        {
            r.Fail(TooShort(data.Length));
        }

        return r.Failed ? null : new DhcidData(ImmutableCollectionsMarshal.AsImmutableArray(data));
    }

    private static string TooShort(int length) => string.Create(
        CultureInfo.InvariantCulture,
        $"DHCID data must hold at least 3 octets (a 2-octet identifier type, a 1-octet digest type, then the digest; RFC 4701 §3.3), found {length}");

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteBytes(Data.AsSpan());

    internal override void WriteText(StringBuilder builder) => BinaryText.AppendBase64(builder, Data.AsSpan());
}
