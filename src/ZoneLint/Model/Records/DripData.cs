using System.Collections.Immutable;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The RDATA layout HHIT (type 67) and BRID (type 68) share (RFC 9886, Drone Remote ID Protocol): one opaque field,
/// a CBOR structure that DNS does not interpret, written in Base64, which may be split by white space.
/// </summary>
public abstract class DripData : OpaqueData
{
    private protected DripData(ImmutableArray<byte> data)
        : base(data)
    {
    }

    private protected static bool ParseData(RdataReader r, string what, out ImmutableArray<byte> data)
    {
        bool read = r.ReadRemainingBase64(what, allowEmpty: false, out var bytes);
        data = read ? Wrap(bytes) : default;
        return read;
    }

    internal override void WriteText(StringBuilder builder) => BinaryText.AppendBase64(builder, Data.AsSpan());
}

/// <summary>
/// HHIT RDATA (type 67, RFC 9886): the Hierarchical Host Identity Tag information of a registered drone or operator,
/// opaque CBOR written in Base64.
/// <see href="https://www.rfc-editor.org/rfc/rfc9886"/>
/// </summary>
public sealed class HhitData : DripData
{
    /// <summary>Creates HHIT RDATA.</summary>
    /// <exception cref="ArgumentException">The data is empty.</exception>
    public HhitData(ImmutableArray<byte> data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.HHIT;

    internal static RecordData? Parse(RdataReader r) => ParseData(r, "HHIT data (Base64)", out var data) ? new HhitData(data) : null;

    internal static RecordData? Read(ref WireReader r) => ReadData(ref r, out var data) ? new HhitData(data) : null;
}

/// <summary>
/// BRID RDATA (type 68, RFC 9886): Broadcast Remote ID authentication data of a registered drone, opaque CBOR written
/// in Base64.
/// <see href="https://www.rfc-editor.org/rfc/rfc9886"/>
/// </summary>
public sealed class BridData : DripData
{
    /// <summary>Creates BRID RDATA.</summary>
    /// <exception cref="ArgumentException">The data is empty.</exception>
    public BridData(ImmutableArray<byte> data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.BRID;

    internal static RecordData? Parse(RdataReader r) => ParseData(r, "BRID data (Base64)", out var data) ? new BridData(data) : null;

    internal static RecordData? Read(ref WireReader r) => ReadData(ref r, out var data) ? new BridData(data) : null;
}
