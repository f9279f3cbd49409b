using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// WALLET RDATA (type 262, registered by IANA for public cryptocurrency wallet addresses): the same layout as TXT, by convention a currency identifier and a wallet address.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class WalletData : CharacterStringsData
{
    /// <summary>Creates WALLET RDATA from octet strings.</summary>
    public WalletData(ImmutableArray<ImmutableArray<byte>> strings)
        : base(strings)
    {
    }

    /// <summary>Creates WALLET RDATA from text, each string encoded as UTF-8.</summary>
    public WalletData(params string[] strings)
        : base(FromText(strings))
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.WALLET;

    internal static RecordData? Parse(RdataReader r) => ParseStrings(r, out var s, out _) ? new WalletData(s) : null;

    internal static RecordData? Read(ref WireReader r) => ReadStrings(ref r, out var s) ? new WalletData(s) : null;
}
