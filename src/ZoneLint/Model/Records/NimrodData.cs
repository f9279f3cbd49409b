using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RDATA of the Nimrod types EID (31) and NIMLOC (32) (draft-ietf-nimrod-dns-01, never an RFC; registered by
/// IANA): opaque octets, written in hex with white space allowed, as BIND reads them.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public abstract class NimrodData : RecordData
{
    private protected NimrodData(ImmutableArray<byte> data)
    {
        if (data.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The RDATA holds at least one octet.", nameof(data));
        }

        Data = data;
    }

    /// <summary>The RDATA octets.</summary>
    public ImmutableArray<byte> Data { get; }

    private protected static bool Parse(RdataReader r, string what, out ImmutableArray<byte> data)
    {
        data = default;
        if (!r.ReadRemainingHex(what, allowEmpty: false, out var bytes))
        {
            return false;
        }

        data = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return true;
    }

    private protected static bool Read(ref WireReader r, out ImmutableArray<byte> data)
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

    internal override void WriteText(StringBuilder builder) => BinaryText.AppendHex(builder, Data.AsSpan());
}
