using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RDATA that is one opaque, non-empty field which DNS does not interpret; the subclasses differ only in how the octets
/// are written in presentation form (hex or Base64).
/// </summary>
/// <remarks>Immutable. The data is never empty.</remarks>
public abstract class OpaqueData : RecordData
{
    private protected OpaqueData(ImmutableArray<byte> data)
    {
        if (data.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The RDATA holds at least one octet.", nameof(data));
        }

        Data = data;
    }

    /// <summary>The RDATA octets.</summary>
    public ImmutableArray<byte> Data { get; }

    /// <summary>Wraps octets freshly decoded by a reader, which nothing else holds.</summary>
    private protected static ImmutableArray<byte> Wrap(byte[] bytes) => ImmutableCollectionsMarshal.AsImmutableArray(bytes);

    private protected static bool ReadData(ref WireReader r, out ImmutableArray<byte> data)
    {
        var bytes = r.ReadRemaining();
        if (bytes.Length == 0)
        {
            r.Fail("the RDATA is empty");
        }

        data = Wrap(bytes);
        return !r.Failed;
    }

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteBytes(Data.AsSpan());
}
