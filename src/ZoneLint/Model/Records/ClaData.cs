using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// CLA RDATA (type 263, draft-johnson-dns-ipn-cla; registered by IANA): the same layout as TXT, each character-string naming a convergence layer adapter of a DTN node (such as <c>TCP-V4</c>).
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class ClaData : CharacterStringsData
{
    /// <summary>Creates CLA RDATA from octet strings.</summary>
    public ClaData(ImmutableArray<ImmutableArray<byte>> strings)
        : base(strings)
    {
    }

    /// <summary>Creates CLA RDATA from text, each string encoded as UTF-8.</summary>
    public ClaData(params string[] strings)
        : base(FromText(strings))
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.CLA;

    internal static RecordData? Parse(RdataReader r) => ParseStrings(r, out var s, out _) ? new ClaData(s) : null;

    internal static RecordData? Read(ref WireReader r) => ReadStrings(ref r, out var s) ? new ClaData(s) : null;
}
