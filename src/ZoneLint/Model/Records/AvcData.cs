using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// AVC RDATA (type 258, Application Visibility and Control; registered by IANA): the same layout as TXT, character-strings of <c>key:value</c> pairs separated by <c>|</c>.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class AvcData : CharacterStringsData
{
    /// <summary>Creates AVC RDATA from octet strings.</summary>
    public AvcData(ImmutableArray<ImmutableArray<byte>> strings)
        : base(strings)
    {
    }

    /// <summary>Creates AVC RDATA from text, each string encoded as UTF-8.</summary>
    public AvcData(params string[] strings)
        : base(FromText(strings))
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.AVC;

    internal static RecordData? Parse(RdataReader r) => ParseStrings(r, out var s, out _) ? new AvcData(s) : null;

    internal static RecordData? Read(ref WireReader r) => ReadStrings(ref r, out var s) ? new AvcData(s) : null;
}
