using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The RDATA layout HHIT (type 67) and BRID (type 68) share (RFC 9886, Drone Remote ID Protocol): one opaque field,
/// a CBOR structure that DNS does not interpret, written in Base64, which may be split by white space.
/// </summary>
/// <remarks>Immutable. The data is never empty.</remarks>
public abstract class DripData : RecordData
{
    private protected DripData(ImmutableArray<byte> data)
    {
        if (data.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The RDATA holds at least one octet.", nameof(data));
        }

        Data = data;
    }

    /// <summary>The RDATA octets.</summary>
    public ImmutableArray<byte> Data { get; }

    private protected static bool ParseData(RdataReader r, string what, out ImmutableArray<byte> data)
    {
        data = default;
        if (!r.ReadRemainingBase64(what, allowEmpty: false, out var bytes))
        {
            return false;
        }

        // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
        data = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return true;
    }

    private protected static bool ReadData(ref WireReader r, out ImmutableArray<byte> data)
    {
        var bytes = r.ReadRemaining();
        if (bytes.Length == 0)
        {
            r.Fail("the RDATA is empty");
        }

        data = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return !r.Failed;
    }

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteBytes(Data.AsSpan());

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
