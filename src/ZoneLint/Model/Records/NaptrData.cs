using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NAPTR RDATA (RFC 3403 §4.1): 16-bit ORDER and PREFERENCE (lower first), then three character-strings, FLAGS
/// (single characters A-Z and 0-9), SERVICES and REGEXP (a substitution expression, RFC 3402 §3.2), then
/// REPLACEMENT, a name (never compressed). REGEXP and REPLACEMENT are mutually exclusive; that and the syntax of
/// REGEXP are left to rules, as BIND and other servers load such records.
/// <see href="https://www.rfc-editor.org/rfc/rfc3403#section-4.1"/>
/// </summary>
public sealed class NaptrData : RecordData
{
    /// <summary>Creates NAPTR RDATA.</summary>
    /// <exception cref="ArgumentException">A string is over 255 octets, or the flags are not all letters and digits.</exception>
    public NaptrData(ushort order, ushort preference, ImmutableArray<byte> flags, ImmutableArray<byte> services, ImmutableArray<byte> regexp, DomainName replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        Flags = CharacterString.Check(flags, nameof(flags));
        if (!AreValidFlags(Flags.AsSpan()))
        {
            throw new ArgumentException("NAPTR flags are letters and digits only (RFC 3403 §4.1).", nameof(flags));
        }

        Order = order;
        Preference = preference;
        Services = CharacterString.Check(services, nameof(services));
        Regexp = CharacterString.Check(regexp, nameof(regexp));
        Replacement = replacement;
    }

    /// <summary>Creates NAPTR RDATA from text, encoded as UTF-8.</summary>
    public NaptrData(ushort order, ushort preference, string flags, string services, string regexp, DomainName replacement)
        : this(order, preference, CharacterString.FromText(flags), CharacterString.FromText(services), CharacterString.FromText(regexp), replacement)
    {
    }

    /// <summary>The order in which records must be processed; lower first.</summary>
    public ushort Order { get; }

    /// <summary>The preference among records of equal order; lower first.</summary>
    public ushort Preference { get; }

    /// <summary>The flags (such as <c>S</c>, <c>A</c>, <c>U</c>, <c>P</c>), as octets.</summary>
    public ImmutableArray<byte> Flags { get; }

    /// <summary>The service parameters, as octets.</summary>
    public ImmutableArray<byte> Services { get; }

    /// <summary>The substitution expression, as octets; empty when <see cref="Replacement"/> is used.</summary>
    public ImmutableArray<byte> Regexp { get; }

    /// <summary>The next name to look up; the root when <see cref="Regexp"/> is used.</summary>
    public DomainName Replacement { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.NAPTR;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadUInt16("NAPTR order", out ushort order)
            || !r.ReadUInt16("NAPTR preference", out ushort preference)
            || !r.ReadCharacterString("NAPTR flags", out var flags))
        {
            return null;
        }

        if (!AreValidFlags(flags))
        {
            r.Fail($"NAPTR flags must be letters and digits only (RFC 3403 §4.1), found '{Encoding.UTF8.GetString(flags)}'");
            return null;
        }

        if (r.ReadCharacterString("NAPTR services", out var services)
            && r.ReadCharacterString("NAPTR regexp", out var regexp)
            && r.ReadName("NAPTR replacement", out var replacement))
        {
            return new NaptrData(
                order,
                preference,
                ImmutableCollectionsMarshal.AsImmutableArray(flags),
                ImmutableCollectionsMarshal.AsImmutableArray(services),
                ImmutableCollectionsMarshal.AsImmutableArray(regexp),
                replacement);
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        ushort order = r.ReadUInt16(), preference = r.ReadUInt16();
        var flags = r.ReadCharacterString();
        var services = r.ReadCharacterString();
        var regexp = r.ReadCharacterString();
        var replacement = r.ReadName();
        if (r.Failed)
        {
            return null;
        }

        if (!AreValidFlags(flags))
        {
            r.Fail("NAPTR flags must be letters and digits only (RFC 3403 §4.1)");
            return null;
        }

        return new NaptrData(
            order,
            preference,
            ImmutableCollectionsMarshal.AsImmutableArray(flags),
            ImmutableCollectionsMarshal.AsImmutableArray(services),
            ImmutableCollectionsMarshal.AsImmutableArray(regexp),
            replacement);
    }

    internal static bool AreValidFlags(ReadOnlySpan<byte> flags)
    {
        foreach (byte b in flags)
        {
            if (!char.IsAsciiLetterOrDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Order);
        writer.WriteUInt16(Preference);
        writer.WriteCharacterString(Flags.AsSpan());
        writer.WriteCharacterString(Services.AsSpan());
        writer.WriteCharacterString(Regexp.AsSpan());
        writer.WriteName(Replacement, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Order).Append(' ').Append(Preference).Append(' ');
        BinaryText.AppendQuoted(builder, Flags.AsSpan());
        builder.Append(' ');
        BinaryText.AppendQuoted(builder, Services.AsSpan());
        builder.Append(' ');
        BinaryText.AppendQuoted(builder, Regexp.AsSpan());
        builder.Append(' ').Append(Replacement);
    }
}
