using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// EUI48 RDATA (RFC 7043 §3): a 48-bit IEEE Extended Unique Identifier (a MAC address), 6 octets,
/// written <c>xx-xx-xx-xx-xx-xx</c>.
/// <see href="https://www.rfc-editor.org/rfc/rfc7043#section-3"/>
/// </summary>
public sealed class Eui48Data : EuiData
{
    private const int Length = 6;

    /// <summary>Creates EUI48 RDATA.</summary>
    /// <exception cref="ArgumentException">The address is not 6 octets.</exception>
    public Eui48Data(ImmutableArray<byte> address)
        : base(address, Length)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.EUI48;

    internal static RecordData? Parse(RdataReader r) =>
        Parse(r, Length, "EUI48 address", "00-00-5e-00-53-2a", out var a) ? new Eui48Data(a) : null;

    internal static RecordData? Read(ref WireReader r) => Read(ref r, Length, out var a) ? new Eui48Data(a) : null;
}
