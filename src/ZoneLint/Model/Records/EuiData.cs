using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The RDATA of EUI48 and EUI64 (RFC 7043 §3 and §4): a 48-bit or 64-bit IEEE Extended Unique Identifier,
/// written as 6 or 8 groups of exactly two hex digits separated by hyphens (<c>00-00-5e-00-53-2a</c>).
/// Printed in lower case, as RFC 7043 and BIND write it.
/// <see href="https://www.rfc-editor.org/rfc/rfc7043#section-3"/>
/// </summary>
public abstract class EuiData : RecordData
{
    private protected EuiData(ImmutableArray<byte> address, int length)
    {
        if (address.IsDefault || address.Length != length)
        {
            throw new ArgumentException($"The address holds exactly {length} octets.", nameof(address));
        }

        Address = address;
    }

    /// <summary>The identifier's octets, most significant first.</summary>
    public ImmutableArray<byte> Address { get; }

    private protected static bool Parse(RdataReader r, int length, string what, string example, out ImmutableArray<byte> address)
    {
        address = default;
        if (!r.Next(what, out var token))
        {
            return false;
        }

        var text = r.Text(token);
        var bytes = new byte[length];
        bool ok = text.Length == (3 * length) - 1;
        for (int i = 0; ok && i < length; i++)
        {
            int hi = BinaryText.HexValue(text[3 * i]), lo = BinaryText.HexValue(text[(3 * i) + 1]);
            ok = hi >= 0 && lo >= 0 && (i == length - 1 || text[(3 * i) + 2] == (byte)'-');
            bytes[i] = (byte)((hi << 4) | lo);
        }

        if (!ok)
        {
            return r.Fail($"{what} must be {length} groups of two hex digits separated by '-' (such as {example}), found '{r.TextOf(token)}'");
        }

        address = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return true;
    }

    private protected static bool Read(ref WireReader r, int length, out ImmutableArray<byte> address)
    {
        address = ImmutableCollectionsMarshal.AsImmutableArray(r.ReadBytes(length));
        return !r.Failed;
    }

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteBytes(Address.AsSpan());

    internal override void WriteText(StringBuilder builder)
    {
        const string Digits = "0123456789abcdef";
        for (int i = 0; i < Address.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('-');
            }

            builder.Append(Digits[Address[i] >> 4]).Append(Digits[Address[i] & 0xF]);
        }
    }
}
