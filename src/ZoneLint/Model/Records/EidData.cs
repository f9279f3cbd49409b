using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// EID RDATA (type 31, Nimrod endpoint identifier, draft-ietf-nimrod-dns-01): opaque octets written in hex.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class EidData : NimrodData
{
    /// <summary>Creates EID RDATA.</summary>
    /// <exception cref="ArgumentException">The data is empty.</exception>
    public EidData(ImmutableArray<byte> data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.EID;

    internal static RecordData? Parse(RdataReader r) => ParseData(r, "EID endpoint identifier", out var data) ? new EidData(data) : null;

    internal static RecordData? Read(ref WireReader r) => ReadData(ref r, out var data) ? new EidData(data) : null;
}
