using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// EUI64 RDATA (RFC 7043 §4): a 64-bit IEEE Extended Unique Identifier, 8 octets,
/// written <c>xx-xx-xx-xx-xx-xx-xx-xx</c>.
/// <see href="https://www.rfc-editor.org/rfc/rfc7043#section-4"/>
/// </summary>
public sealed class Eui64Data : EuiData
{
    private const int Length = 8;

    /// <summary>Creates EUI64 RDATA.</summary>
    /// <exception cref="ArgumentException">The address is not 8 octets.</exception>
    public Eui64Data(ImmutableArray<byte> address)
        : base(address, Length)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.EUI64;

    internal static RecordData? Parse(RdataReader r) =>
        Parse(r, Length, "EUI64 address", "00-00-5e-ef-10-00-00-2a", out var a) ? new Eui64Data(a) : null;

    internal static RecordData? Read(ref WireReader r) => Read(ref r, Length, out var a) ? new Eui64Data(a) : null;
}
