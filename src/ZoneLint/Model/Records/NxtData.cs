using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NXT RDATA (RFC 2535 §5.2; replaced by NSEC, RFC 3755): NEXT DOMAIN NAME, then a TYPE BIT MAP in which bit n (most
/// significant bit of the first octet is bit 0) says that type n is present at the owner, for types 1 to 127; trailing
/// zero octets are left out. Bit 0 set would announce another bit map format, which was never defined. In text
/// (RFC 2535 §7.2): the next name, then type mnemonics.
/// <see href="https://www.rfc-editor.org/rfc/rfc2535#section-5.2"/>
/// </summary>
/// <remarks>
/// Immutable; the types are sorted and distinct, and trailing zero octets read from wire form are dropped. The next
/// name is lower-cased in canonical form, as RFC 4034 §6.2 lists NXT.
/// </remarks>
public sealed class NxtData : RecordData
{
    /// <summary>Creates NXT RDATA.</summary>
    /// <exception cref="ArgumentException">A type is 0 or above 127, which this bit map cannot hold.</exception>
    public NxtData(DomainName nextDomainName, IEnumerable<RRType> types)
    {
        ArgumentNullException.ThrowIfNull(nextDomainName);
        NextDomainName = nextDomainName;
        Types = TypeBitmap.Normalize(types);
        if (!Types.IsEmpty && (Types[0].Value == 0 || Types[^1].Value > 127))
        {
            throw new ArgumentException("An NXT bit map holds types 1 to 127.", nameof(types));
        }
    }

    /// <summary>The next owner name in the canonical order of the zone.</summary>
    public DomainName NextDomainName { get; }

    /// <summary>The types present at the owner name, sorted by number.</summary>
    public ImmutableArray<RRType> Types { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.NXT;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadName("NXT next domain name", out var next))
        {
            return null;
        }

        var types = new List<RRType>();
        while (r.TryNext(out var token))
        {
            var text = r.Text(token);
            if (token.IsQuoted || !RRType.TryParse(text, out var type))
            {
                r.Fail($"'{r.TextOf(token)}' in the NXT type bit map is not a record type (a mnemonic such as A or NXT, or TYPEnnn)");
                return null;
            }

            if (type.Value is 0 or > 127)
            {
                r.Fail($"NXT type bit map holds types 1 to 127 only (RFC 2535 §5.2), found {type}");
                return null;
            }

            types.Add(type);
        }

        return new NxtData(next, types);
    }


    internal static RecordData? Read(ref WireReader r)
    {
        var next = r.ReadName();
        var bitmap = r.ReadRemaining();
        if (r.Failed)
        {
            return null;
        }

        if (bitmap.Length > 16)
        {
            r.Fail(string.Create(CultureInfo.InvariantCulture, $"NXT type bit map is {bitmap.Length} octets; it covers types 0 to 127 in at most 16"));
            return null;
        }

        if (bitmap.Length > 0 && (bitmap[0] & 0x80) != 0)
        {
            r.Fail("NXT type bit map has bit 0 set, which announces a bit map format that is not defined (RFC 2535 §5.2)");
            return null;
        }

        var types = new List<RRType>();
        for (int i = 0; i < bitmap.Length; i++)
        {
            for (int bit = 0; bit < 8; bit++)
            {
                if ((bitmap[i] & (0x80 >> bit)) != 0)
                {
                    types.Add(new RRType((ushort)((i << 3) | bit)));
                }
            }
        }

        return new NxtData(next, types);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteName(NextDomainName, form, canonicalListed: true);
        if (Types.IsEmpty)
        {
            return;
        }

        Span<byte> bitmap = stackalloc byte[16];
        bitmap.Clear();
        foreach (var type in Types)
        {
            bitmap[type.Value >> 3] |= (byte)(0x80 >> (type.Value & 7));
        }

        writer.WriteBytes(bitmap[..((Types[^1].Value >> 3) + 1)]);
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(NextDomainName);
        TypeBitmap.WriteText(builder, Types);
    }
}
