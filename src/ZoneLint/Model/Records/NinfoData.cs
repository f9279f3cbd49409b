using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NINFO RDATA (type 56, draft-reid-dnsext-zs; registered by IANA): the same layout as TXT, zone status information as character-strings.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class NinfoData : CharacterStringsData
{
    /// <summary>Creates NINFO RDATA from octet strings.</summary>
    public NinfoData(ImmutableArray<ImmutableArray<byte>> strings)
        : base(strings)
    {
    }

    /// <summary>Creates NINFO RDATA from text, each string encoded as UTF-8.</summary>
    public NinfoData(params string[] strings)
        : base(FromText(strings))
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.NINFO;

    internal static RecordData? Parse(RdataReader r) => ParseStrings(r, out var s, out _) ? new NinfoData(s) : null;

    internal static RecordData? Read(ref WireReader r) => ReadStrings(ref r, out var s) ? new NinfoData(s) : null;
}
