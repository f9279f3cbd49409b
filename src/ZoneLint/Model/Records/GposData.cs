using System.Globalization;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// GPOS RDATA (RFC 1712 §3): three character-strings, LONGITUDE, LATITUDE and ALTITUDE, each a real number written in
/// ASCII (<c>-32.6882</c>): degrees east and north, metres above sea level.
/// <see href="https://www.rfc-editor.org/rfc/rfc1712#section-3"/>
/// </summary>
/// <remarks>
/// The fields must be numbers (an optional sign, digits, an optional decimal point), as dnspython also requires. RFC 1712
/// limits longitude to ±180 and latitude to ±90 degrees, but its own examples (<c>GPOS -32.6882 116.8652 10.0</c>) write
/// the latitude first, and servers read both orders; so only ±180 is required of the first two fields, which holds
/// for either reading. Printed unquoted, as BIND, NSD and dnspython print them.
/// </remarks>
public sealed class GposData : RecordData
{
    /// <summary>Creates GPOS RDATA.</summary>
    /// <exception cref="ArgumentException">A field is not a number, or a coordinate is outside ±180.</exception>
    public GposData(string longitude, string latitude, string altitude)
    {
        ArgumentNullException.ThrowIfNull(longitude);
        ArgumentNullException.ThrowIfNull(latitude);
        ArgumentNullException.ThrowIfNull(altitude);
        if (Describe("longitude", Encoding.ASCII.GetBytes(longitude), true) is { } e1)
        {
            throw new ArgumentException(e1, nameof(longitude));
        }

        if (Describe("latitude", Encoding.ASCII.GetBytes(latitude), true) is { } e2)
        {
            throw new ArgumentException(e2, nameof(latitude));
        }

        if (Describe("altitude", Encoding.ASCII.GetBytes(altitude), false) is { } e3)
        {
            throw new ArgumentException(e3, nameof(altitude));
        }

        Longitude = longitude;
        Latitude = latitude;
        Altitude = altitude;
    }

    /// <summary>The longitude in degrees, as written (the first field).</summary>
    public string Longitude { get; }

    /// <summary>The latitude in degrees, as written (the second field).</summary>
    public string Latitude { get; }

    /// <summary>The altitude in metres, as written.</summary>
    public string Altitude { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.GPOS;

    internal static RecordData? Parse(RdataReader r)
    {
        var fields = new string[3];
        string[] names = ["longitude", "latitude", "altitude"];
        for (int i = 0; i < 3; i++)
        {
            if (!r.ReadCharacterString("GPOS " + names[i], out var value))
            {
                return null;
            }

            if (Describe(names[i], value, i < 2) is { } error)
            {
                r.Fail("GPOS " + error);
                return null;
            }

            fields[i] = Encoding.ASCII.GetString(value);
        }

        return new GposData(fields[0], fields[1], fields[2]);
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var fields = new string[3];
        string[] names = ["longitude", "latitude", "altitude"];
        for (int i = 0; i < 3; i++)
        {
            var value = r.ReadCharacterString();
            if (r.Failed)
            {
                return null;
            }

            if (Describe(names[i], value, i < 2) is { } error)
            {
                r.Fail("GPOS " + error);
                return null;
            }

            fields[i] = Encoding.ASCII.GetString(value);
        }

        return new GposData(fields[0], fields[1], fields[2]);
    }

    /// <summary>Why <paramref name="text"/> is not a valid field, or <see langword="null"/>.</summary>
    private static string? Describe(string what, ReadOnlySpan<byte> text, bool isCoordinate)
    {
        int i = text.Length > 0 && text[0] is (byte)'-' or (byte)'+' ? 1 : 0;
        int digits = 0, points = 0;
        for (; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
            else if (text[i] == (byte)'.' && points == 0)
            {
                points++;
            }
            else
            {
                digits = 0;
                break;
            }
        }

        if (digits == 0)
        {
            return $"{what} must be a number such as -32.6882 (RFC 1712 §3), found '{DisplayText.Of(text)}'";
        }

        if (isCoordinate && Math.Abs(double.Parse(Encoding.ASCII.GetString(text), NumberStyles.Float, CultureInfo.InvariantCulture)) > 180)
        {
            return $"{what} must be within -180 to 180 degrees (RFC 1712 §3), found '{DisplayText.Of(text)}'";
        }

        return null;
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteCharacterString(Encoding.ASCII.GetBytes(Longitude));
        writer.WriteCharacterString(Encoding.ASCII.GetBytes(Latitude));
        writer.WriteCharacterString(Encoding.ASCII.GetBytes(Altitude));
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Longitude).Append(' ').Append(Latitude).Append(' ').Append(Altitude);
}
