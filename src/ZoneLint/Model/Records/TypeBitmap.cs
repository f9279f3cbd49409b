using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The Type Bit Maps field of NSEC (RFC 4034 §4.1.2) and NSEC3 (RFC 5155 §3.2.1), and later CSYNC (RFC 7477 §2.1.2):
/// a sequence of windows, each a window number, a bitmap length of 1–32 and the bitmap, windows in increasing order,
/// no empty windows, no trailing zero octets. In text, a list of type mnemonics or <c>TYPEnnn</c>.
/// </summary>
/// <remarks>Types are kept sorted and without duplicates, so equal sets give equal wire forms.</remarks>
internal static class TypeBitmap
{
    /// <summary>Sorts and removes duplicates.</summary>
    public static ImmutableArray<RRType> Normalize(IEnumerable<RRType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var set = new SortedSet<ushort>();
        foreach (var t in types)
        {
            set.Add(t.Value);
        }

        var builder = ImmutableArray.CreateBuilder<RRType>(set.Count);
        foreach (ushort v in set)
        {
            builder.Add(new RRType(v));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Reads the remaining tokens as type names; an empty list is allowed (an NSEC3 for an empty non-terminal).</summary>
    public static bool Parse(RdataReader r, out ImmutableArray<RRType> types)
    {
        types = [];
        var set = new SortedSet<ushort>();
        while (r.TryNext(out var token))
        {
            var text = r.Text(token);
            if (token.IsQuoted || !RRType.TryParse(text, out var type))
            {
                return r.Fail($"'{r.TextOf(token)}' in the type bit map is not a record type (a mnemonic such as A or RRSIG, or TYPEnnn)");
            }

            set.Add(type.Value);
        }

        var builder = ImmutableArray.CreateBuilder<RRType>(set.Count);
        foreach (ushort v in set)
        {
            builder.Add(new RRType(v));
        }

        types = builder.MoveToImmutable();
        return true;
    }


    /// <summary>Reads windows to the end of the RDATA, enforcing the RFC 4034 §4.1.2 encoding rules.</summary>
    public static bool Read(ref WireReader r, out ImmutableArray<RRType> types)
    {
        types = [];
        var builder = ImmutableArray.CreateBuilder<RRType>();
        int lastWindow = -1;
        while (!r.AtEnd)
        {
            int window = r.ReadUInt8();
            int length = r.ReadUInt8();
            if (r.Failed)
            {
                return false;
            }

            if (window <= lastWindow)
            {
                return r.Fail(string.Create(CultureInfo.InvariantCulture, $"type bit map window {window} follows window {lastWindow}: windows must be in increasing order"));
            }

            if (length is 0 or > 32)
            {
                return r.Fail(string.Create(CultureInfo.InvariantCulture, $"type bit map window {window} has length {length}; it must be 1 to 32"));
            }

            var bitmap = r.ReadBytes(length);
            if (r.Failed)
            {
                return false;
            }

            if (bitmap[^1] == 0)
            {
                return r.Fail(string.Create(CultureInfo.InvariantCulture, $"type bit map window {window} ends with a zero octet, which must be omitted"));
            }

            for (int i = 0; i < bitmap.Length; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    if ((bitmap[i] & (0x80 >> bit)) != 0)
                    {
                        builder.Add(new RRType((ushort)((window << 8) | (i << 3) | bit)));
                    }
                }
            }

            lastWindow = window;
        }

        types = builder.ToImmutable();
        return true;
    }

    /// <summary>Writes the windows for <paramref name="types"/>, which must be sorted and distinct.</summary>
    public static void Write(WireWriter writer, ImmutableArray<RRType> types)
    {
        Span<byte> bitmap = stackalloc byte[32];
        int i = 0;
        while (i < types.Length)
        {
            int window = types[i].Value >> 8;
            bitmap.Clear();
            int length = 0;
            while (i < types.Length && types[i].Value >> 8 == window)
            {
                int low = types[i].Value & 0xFF;
                bitmap[low >> 3] |= (byte)(0x80 >> (low & 7));
                length = (low >> 3) + 1;
                i++;
            }

            writer.WriteUInt8((byte)window);
            writer.WriteUInt8((byte)length);
            writer.WriteBytes(bitmap[..length]);
        }
    }

    /// <summary>Appends each type as <c> MNEMONIC</c> (a leading space before each).</summary>
    public static void WriteText(StringBuilder builder, ImmutableArray<RRType> types)
    {
        foreach (var t in types)
        {
            builder.Append(' ').Append(t.ToString());
        }
    }
}
