using System.Globalization;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// LOC RDATA (RFC 1876 §2): 8-bit VERSION (0), then SIZE, HORIZ PRE and VERT PRE, each one octet holding a
/// decimal mantissa (high nibble) and a power of ten (low nibble) in centimetres, then 32-bit LATITUDE and
/// LONGITUDE in thousandths of an arc second with 2^31 at the equator and the prime meridian, and 32-bit
/// ALTITUDE in centimetres above a base 100,000 m below the WGS 84 spheroid.
/// The presentation form (RFC 1876 §3) is
/// <c>d1 [m1 [s1]] N|S d2 [m2 [s2]] E|W alt[m] [siz[m] [hp[m] [vp[m]]]]</c>; size, horizontal and vertical
/// precision default to 1 m, 10,000 m and 10 m. A size or precision with more than one significant digit is
/// truncated to one (as BIND does), since the wire form cannot hold more.
/// <see href="https://www.rfc-editor.org/rfc/rfc1876#section-2"/>
/// </summary>
public sealed class LocData : RecordData
{
    /// <summary>Latitude and longitude of the equator and the prime meridian on the wire.</summary>
    private const uint Equator = 1u << 31;

    /// <summary>The altitude base: 100,000 m below the reference spheroid, in centimetres.</summary>
    private const long AltitudeBase = 10_000_000;

    private const int MaxLatitude = 90 * 3_600_000;
    private const int MaxLongitude = 180 * 3_600_000;

    /// <summary>The largest size or precision: 9 × 10^9 cm, or 90,000 km.</summary>
    private const ulong MaxPrecision = 9_000_000_000;

    private static readonly ulong[] PowersOfTen =
        [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    // PERF: field names for messages are built once, not per record.
    private static readonly CoordinateNames LatitudeNames = new("LOC latitude", "LOC latitude degrees", "the LOC latitude hemisphere (N or S)", "N or S");
    private static readonly CoordinateNames LongitudeNames = new("LOC longitude", "LOC longitude degrees", "the LOC longitude hemisphere (E or W)", "E or W");

    private readonly byte size;
    private readonly byte horizontalPrecision;
    private readonly byte verticalPrecision;
    private readonly uint latitude;
    private readonly uint longitude;
    private readonly uint altitude;

    /// <summary>Creates LOC RDATA.</summary>
    /// <param name="latitudeMilliarcseconds">Thousandths of an arc second north (positive) or south (negative) of the equator.</param>
    /// <param name="longitudeMilliarcseconds">Thousandths of an arc second east (positive) or west (negative) of the prime meridian.</param>
    /// <param name="altitudeCentimetres">Centimetres above (or below) the WGS 84 reference spheroid, -10,000,000 to 4,284,967,295.</param>
    /// <param name="sizeCentimetres">The diameter of a sphere enclosing the entity; one significant digit, up to 9 × 10^9.</param>
    /// <param name="horizontalPrecisionCentimetres">The horizontal precision; one significant digit, up to 9 × 10^9.</param>
    /// <param name="verticalPrecisionCentimetres">The vertical precision; one significant digit, up to 9 × 10^9.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, or a size or precision has more than one significant digit.</exception>
    public LocData(
        int latitudeMilliarcseconds,
        int longitudeMilliarcseconds,
        long altitudeCentimetres,
        ulong sizeCentimetres = 100,
        ulong horizontalPrecisionCentimetres = 1_000_000,
        ulong verticalPrecisionCentimetres = 1_000)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs((long)latitudeMilliarcseconds), MaxLatitude, nameof(latitudeMilliarcseconds));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs((long)longitudeMilliarcseconds), MaxLongitude, nameof(longitudeMilliarcseconds));
        ArgumentOutOfRangeException.ThrowIfLessThan(altitudeCentimetres, -AltitudeBase, nameof(altitudeCentimetres));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(altitudeCentimetres, uint.MaxValue - AltitudeBase, nameof(altitudeCentimetres));
        size = EncodeExact(sizeCentimetres, nameof(sizeCentimetres));
        horizontalPrecision = EncodeExact(horizontalPrecisionCentimetres, nameof(horizontalPrecisionCentimetres));
        verticalPrecision = EncodeExact(verticalPrecisionCentimetres, nameof(verticalPrecisionCentimetres));
        latitude = (uint)(Equator + latitudeMilliarcseconds);
        longitude = (uint)(Equator + longitudeMilliarcseconds);
        altitude = (uint)(altitudeCentimetres + AltitudeBase);
    }

    private LocData(byte size, byte horizontalPrecision, byte verticalPrecision, uint latitude, uint longitude, uint altitude)
    {
        this.size = size;
        this.horizontalPrecision = horizontalPrecision;
        this.verticalPrecision = verticalPrecision;
        this.latitude = latitude;
        this.longitude = longitude;
        this.altitude = altitude;
    }

    /// <summary>The version; always 0, the only one defined.</summary>
    public byte Version => 0;

    /// <summary>The diameter of a sphere enclosing the entity, in centimetres.</summary>
    public ulong SizeCentimetres => Decode(size);

    /// <summary>The horizontal precision (diameter of the circle of error), in centimetres.</summary>
    public ulong HorizontalPrecisionCentimetres => Decode(horizontalPrecision);

    /// <summary>The vertical precision (total spread of the error), in centimetres.</summary>
    public ulong VerticalPrecisionCentimetres => Decode(verticalPrecision);

    /// <summary>Thousandths of an arc second north (positive) or south (negative) of the equator.</summary>
    public int LatitudeMilliarcseconds => (int)((long)latitude - Equator);

    /// <summary>Thousandths of an arc second east (positive) or west (negative) of the prime meridian.</summary>
    public int LongitudeMilliarcseconds => (int)((long)longitude - Equator);

    /// <summary>Centimetres above (positive) or below the WGS 84 reference spheroid.</summary>
    public long AltitudeCentimetres => altitude - AltitudeBase;

    /// <summary>The latitude in degrees, north positive.</summary>
    public double LatitudeDegrees => LatitudeMilliarcseconds / 3_600_000.0;

    /// <summary>The longitude in degrees, east positive.</summary>
    public double LongitudeDegrees => LongitudeMilliarcseconds / 3_600_000.0;

    /// <summary>The altitude in metres.</summary>
    public double AltitudeMetres => AltitudeCentimetres / 100.0;

    /// <inheritdoc/>
    public override RRType Type => RRType.LOC;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!ParseCoordinate(r, latitude: true, out int lat) || !ParseCoordinate(r, latitude: false, out int lon))
        {
            return null;
        }

        if (!r.Next("LOC altitude", out var token))
        {
            return null;
        }

        if (!TryParseMetres(r.Text(token), allowNegative: true, out long alt) || alt < -AltitudeBase || alt > uint.MaxValue - AltitudeBase)
        {
            r.Fail($"LOC altitude must be metres from -100000.00 to 42849672.95 (at most two decimals, optional 'm'), found '{r.TextOf(token)}'");
            return null;
        }

        // Defaults from RFC 1876 §3: size 1 m, horizontal precision 10,000 m, vertical precision 10 m.
        byte siz = 0x12, hp = 0x16, vp = 0x13;
        if ((!r.AtEnd && !ParsePrecision(r, "LOC size", out siz))
            || (!r.AtEnd && !ParsePrecision(r, "LOC horizontal precision", out hp))
            || (!r.AtEnd && !ParsePrecision(r, "LOC vertical precision", out vp)))
        {
            return null;
        }

        return new LocData(siz, hp, vp, (uint)(Equator + lat), (uint)(Equator + lon), (uint)(alt + AltitudeBase));
    }

    private static bool ParseCoordinate(RdataReader r, bool latitude, out int value)
    {
        value = 0;
        var names = latitude ? LatitudeNames : LongitudeNames;
        ulong maxDegrees = latitude ? 90u : 180u;
        int degreesIndex = r.Index;
        if (!r.Next(names.Degrees, out var token))
        {
            return false;
        }

        if (!RdataReader.TryParseNumber(r.Text(token), maxDegrees, out ulong degrees))
        {
            return r.Fail($"{names.Coordinate} degrees must be a number from 0 to {maxDegrees}, found '{r.TextOf(token)}'");
        }

        ulong minutes = 0;
        long milliseconds = 0;
        int sign;
        if (!r.Next(names.Hemisphere, out token))
        {
            return false;
        }

        if ((sign = Hemisphere(r.Text(token), latitude)) == 0)
        {
            if (!RdataReader.TryParseNumber(r.Text(token), 59, out minutes))
            {
                return r.Fail($"{names.Coordinate} minutes must be a number from 0 to 59, or the hemisphere {names.Letters}, found '{r.TextOf(token)}'");
            }

            if (!r.Next(names.Hemisphere, out token))
            {
                return false;
            }

            if ((sign = Hemisphere(r.Text(token), latitude)) == 0)
            {
                if (!TryParseDecimal(r.Text(token), fractionDigits: 3, allowNegative: false, allowUnit: false, out milliseconds) || milliseconds >= 60_000)
                {
                    return r.Fail($"{names.Coordinate} seconds must be a number from 0 to 59.999 (at most three decimals), or the hemisphere {names.Letters}, found '{r.TextOf(token)}'");
                }

                if (!r.Next(names.Hemisphere, out token))
                {
                    return false;
                }

                if ((sign = Hemisphere(r.Text(token), latitude)) == 0)
                {
                    return r.Fail($"{names.Coordinate} hemisphere must be {names.Letters}, found '{r.TextOf(token)}'");
                }
            }
        }

        long total = (long)((((degrees * 60) + minutes) * 60_000) + (ulong)milliseconds);
        if (total > (long)maxDegrees * 3_600_000)
        {
            return r.Fail(degreesIndex, $"{names.Coordinate} must not be more than {maxDegrees} degrees", ParserDiagnostics.InvalidRdata);
        }

        value = (int)(sign * total);
        return true;
    }

    /// <summary>+1 for N or E, -1 for S or W (any case), 0 for anything else.</summary>
    private static int Hemisphere(ReadOnlySpan<byte> text, bool latitude)
    {
        if (text.Length != 1)
        {
            return 0;
        }

        return (text[0] | 0x20, latitude) switch
        {
            ('n', true) or ('e', false) => 1,
            ('s', true) or ('w', false) => -1,
            _ => 0,
        };
    }

    private static bool ParsePrecision(RdataReader r, string what, out byte encoded)
    {
        encoded = 0;
        r.TryNext(out var token);
        if (!TryParseMetres(r.Text(token), allowNegative: false, out long cm) || (ulong)cm > MaxPrecision)
        {
            return r.Fail($"{what} must be metres from 0 to 90000000.00 (at most two decimals, optional 'm'), found '{r.TextOf(token)}'");
        }

        encoded = Encode((ulong)cm);
        return true;
    }

    /// <summary>Metres with at most two decimals and an optional <c>m</c>, as centimetres.</summary>
    private static bool TryParseMetres(ReadOnlySpan<byte> text, bool allowNegative, out long centimetres) =>
        TryParseDecimal(text, fractionDigits: 2, allowNegative, allowUnit: true, out centimetres);

    /// <summary>A decimal number scaled by 10^<paramref name="fractionDigits"/>: <c>[-]digits[.digits][m]</c>.</summary>
    private static bool TryParseDecimal(ReadOnlySpan<byte> text, int fractionDigits, bool allowNegative, bool allowUnit, out long value)
    {
        value = 0;
        bool negative = false;
        if (allowUnit && text.Length > 0 && (text[^1] | 0x20) == 'm')
        {
            text = text[..^1];
        }

        if (allowNegative && text.Length > 0 && text[0] == (byte)'-')
        {
            negative = true;
            text = text[1..];
        }

        int dot = text.IndexOf((byte)'.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? [] : text[(dot + 1)..];
        if (whole.IsEmpty || whole.Length > 12 || (dot >= 0 && (fraction.IsEmpty || fraction.Length > fractionDigits)))
        {
            return false;
        }

        if (!RdataReader.TryParseNumber(whole, long.MaxValue / 1000, out ulong w))
        {
            return false;
        }

        ulong f = 0;
        if (!fraction.IsEmpty && !RdataReader.TryParseNumber(fraction, 999, out f))
        {
            return false;
        }

        for (int i = fraction.Length; i < fractionDigits; i++)
        {
            f *= 10;
        }

        long scaled = (long)((w * PowersOfTen[fractionDigits]) + f);
        value = negative ? -scaled : scaled;
        return true;
    }

    /// <summary>One significant digit and a power of ten, truncating further digits (RFC 1876 §2).</summary>
    private static byte Encode(ulong centimetres)
    {
        int exponent = 0;
        while (exponent < 9 && centimetres >= PowersOfTen[exponent + 1])
        {
            exponent++;
        }

        ulong mantissa = centimetres / PowersOfTen[exponent];
        return mantissa == 0 ? (byte)0 : (byte)((mantissa << 4) | (uint)exponent);
    }

    private static byte EncodeExact(ulong centimetres, string parameter)
    {
        if (centimetres > MaxPrecision)
        {
            throw new ArgumentOutOfRangeException(parameter, centimetres, "A LOC size or precision is at most 9 × 10^9 cm.");
        }

        byte encoded = Encode(centimetres);
        if (Decode(encoded) != centimetres)
        {
            throw new ArgumentOutOfRangeException(parameter, centimetres, "A LOC size or precision has one significant digit (a digit times a power of ten, in cm).");
        }

        return encoded;
    }

    private static ulong Decode(byte encoded) => (ulong)(encoded >> 4) * PowersOfTen[encoded & 0xF];

    /// <summary>Whether an encoded size or precision is a digit 0-9 times 10^0-9, in its one form (0 only as 0x00).</summary>
    private static bool IsValidPrecision(byte encoded) => (encoded >> 4) <= 9 && (encoded & 0xF) <= 9 && (encoded == 0 || (encoded >> 4) != 0);

    internal static RecordData? Read(ref WireReader r)
    {
        byte version = r.ReadUInt8();
        if (r.Failed)
        {
            return null;
        }

        if (version != 0)
        {
            r.Fail(string.Create(CultureInfo.InvariantCulture, $"LOC version {version} is not defined; only version 0 is (RFC 1876 §2)"));
            return null;
        }

        byte siz = r.ReadUInt8(), hp = r.ReadUInt8(), vp = r.ReadUInt8();
        uint lat = r.ReadUInt32(), lon = r.ReadUInt32(), alt = r.ReadUInt32();
        if (r.Failed)
        {
            return null;
        }

        if (!IsValidPrecision(siz) || !IsValidPrecision(hp) || !IsValidPrecision(vp))
        {
            r.Fail("a LOC size or precision octet is not a digit 1-9 and a power of ten 0-9 (or 0 for zero) (RFC 1876 §2)");
            return null;
        }

        if (Math.Abs((long)lat - Equator) > MaxLatitude || Math.Abs((long)lon - Equator) > MaxLongitude)
        {
            r.Fail("the LOC latitude is beyond 90 degrees or the longitude beyond 180 degrees");
            return null;
        }

        return new LocData(siz, hp, vp, lat, lon, alt);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(Version);
        writer.WriteUInt8(size);
        writer.WriteUInt8(horizontalPrecision);
        writer.WriteUInt8(verticalPrecision);
        writer.WriteUInt32(latitude);
        writer.WriteUInt32(longitude);
        writer.WriteUInt32(altitude);
    }

    /// <summary>As BIND prints it: <c>42 21 54.000 N 71 6 18.000 W -24.00m 30.00m 10000.00m 10.00m</c>.</summary>
    internal override void WriteText(StringBuilder builder)
    {
        AppendCoordinate(builder, LatitudeMilliarcseconds, 'N', 'S');
        builder.Append(' ');
        AppendCoordinate(builder, LongitudeMilliarcseconds, 'E', 'W');
        builder.Append(' ');
        long alt = AltitudeCentimetres;
        if (alt < 0)
        {
            builder.Append('-');
        }

        AppendMetres(builder, (ulong)Math.Abs(alt));
        builder.Append(' ');
        AppendMetres(builder, SizeCentimetres);
        builder.Append(' ');
        AppendMetres(builder, HorizontalPrecisionCentimetres);
        builder.Append(' ');
        AppendMetres(builder, VerticalPrecisionCentimetres);
    }

    private static void AppendCoordinate(StringBuilder builder, int value, char positive, char negative)
    {
        long abs = Math.Abs((long)value);
        builder.Append(abs / 3_600_000).Append(' ')
            .Append(abs / 60_000 % 60).Append(' ')
            .Append(abs / 1000 % 60).Append('.')
            .Append((char)('0' + (abs / 100 % 10))).Append((char)('0' + (abs / 10 % 10))).Append((char)('0' + (abs % 10)))
            .Append(' ').Append(value < 0 ? negative : positive);
    }

    private static void AppendMetres(StringBuilder builder, ulong centimetres) =>
        builder.Append(centimetres / 100).Append('.').Append((char)('0' + (centimetres / 10 % 10))).Append((char)('0' + (centimetres % 10))).Append('m');

    private sealed record CoordinateNames(string Coordinate, string Degrees, string Hemisphere, string Letters);
}
