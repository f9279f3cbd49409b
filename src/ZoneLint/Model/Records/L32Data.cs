using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// L32 RDATA (RFC 6742 §2.2, ILNP): 16-bit PREFERENCE (lower first), then LOCATOR32, a 32-bit ILNPv4 locator written
/// as an IPv4 dotted quad.
/// <see href="https://www.rfc-editor.org/rfc/rfc6742#section-2.2"/>
/// </summary>
public sealed class L32Data : RecordData
{
    /// <summary>Creates L32 RDATA.</summary>
    /// <exception cref="ArgumentException">The locator is not an IPv4 address.</exception>
    public L32Data(ushort preference, IPAddress locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        if (locator.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException("An L32 locator is written as an IPv4 address.", nameof(locator));
        }

        Preference = preference;
        Locator = locator;
    }

    /// <summary>The preference among the owner's locators; lower first.</summary>
    public ushort Preference { get; }

    /// <summary>The 32-bit locator.</summary>
    public IPAddress Locator { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.L32;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadUInt16("L32 preference", out ushort preference) || !r.Next("L32 locator", out var token))
        {
            return null;
        }

        if (!AData.TryParseDottedQuad(r.Text(token), out IPAddress locator))
        {
            r.Fail($"L32 locator must be written as an IPv4 address (four decimal numbers 0-255 separated by dots), found '{r.TextOf(token)}'");
            return null;
        }

        return new L32Data(preference, locator);
    }

    internal static RecordData? Read(ref WireReader r)
    {
        ushort preference = r.ReadUInt16();
        var bytes = r.ReadBytes(4);
        return r.Failed ? null : new L32Data(preference, new IPAddress(bytes));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Preference);
        Span<byte> bytes = stackalloc byte[4];
        Locator.TryWriteBytes(bytes, out _);
        writer.WriteBytes(bytes);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Preference).Append(' ').Append(Locator);
}
