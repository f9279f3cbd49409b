using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RESINFO RDATA (RFC 9606 §5.1): the same layout as TXT, one or more character-strings, each a key or a <c>key=value</c> pair describing the resolver (such as <c>qnamemin</c>, <c>exterr=15-17</c>, <c>infourl=https://…</c>).
/// <see href="https://www.rfc-editor.org/rfc/rfc9606#section-5.1"/>
/// </summary>
public sealed class ResinfoData : CharacterStringsData
{
    /// <summary>Creates RESINFO RDATA from octet strings.</summary>
    public ResinfoData(ImmutableArray<ImmutableArray<byte>> strings)
        : base(strings)
    {
    }

    /// <summary>Creates RESINFO RDATA from text, each string encoded as UTF-8.</summary>
    public ResinfoData(params string[] strings)
        : base(FromText(strings))
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.RESINFO;

    internal static RecordData? Parse(RdataReader r) => ParseStrings(r, out var s, out _) ? new ResinfoData(s) : null;

    internal static RecordData? Read(ref WireReader r) => ReadStrings(ref r, out var s) ? new ResinfoData(s) : null;
}
