using System.Collections.Immutable;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RDATA of the Nimrod types EID (31) and NIMLOC (32) (draft-ietf-nimrod-dns-01, never an RFC; registered by
/// IANA): opaque octets, written in hex with white space allowed, as BIND reads them.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public abstract class NimrodData : OpaqueData
{
    private protected NimrodData(ImmutableArray<byte> data)
        : base(data)
    {
    }

    private protected static bool ParseData(RdataReader r, string what, out ImmutableArray<byte> data)
    {
        bool read = r.ReadRemainingHex(what, allowEmpty: false, out var bytes);
        data = read ? Wrap(bytes) : default;
        return read;
    }

    internal override void WriteText(StringBuilder builder) => BinaryText.AppendHex(builder, Data.AsSpan());
}
