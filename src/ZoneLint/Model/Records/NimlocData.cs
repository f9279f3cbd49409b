using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NIMLOC RDATA (type 32, Nimrod locator, draft-ietf-nimrod-dns-01): opaque octets written in hex.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class NimlocData : NimrodData
{
    /// <summary>Creates NIMLOC RDATA.</summary>
    /// <exception cref="ArgumentException">The data is empty.</exception>
    public NimlocData(ImmutableArray<byte> data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.NIMLOC;

    internal static RecordData? Parse(RdataReader r) => ParseData(r, "NIMLOC locator", out var data) ? new NimlocData(data) : null;

    internal static RecordData? Read(ref WireReader r) => ReadData(ref r, out var data) ? new NimlocData(data) : null;
}
