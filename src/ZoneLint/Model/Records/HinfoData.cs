using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// HINFO RDATA (RFC 1035 §3.3.2): two character-strings, CPU and OS, naming the host's hardware and operating
/// system. RFC 8482 §4.2 reuses it (CPU "RFC8482", empty OS) as the synthesized answer to ANY queries.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.2"/>
/// </summary>
public sealed class HinfoData : RecordData
{
    /// <summary>Creates HINFO RDATA from octet strings of at most 255 octets each.</summary>
    public HinfoData(ImmutableArray<byte> cpu, ImmutableArray<byte> os)
    {
        Cpu = CharacterString.Check(cpu, nameof(cpu));
        Os = CharacterString.Check(os, nameof(os));
    }

    /// <summary>Creates HINFO RDATA from text, encoded as UTF-8.</summary>
    public HinfoData(string cpu, string os)
        : this(CharacterString.FromText(cpu), CharacterString.FromText(os))
    {
    }

    /// <summary>The CPU (hardware) string, as octets.</summary>
    public ImmutableArray<byte> Cpu { get; }

    /// <summary>The operating system string, as octets.</summary>
    public ImmutableArray<byte> Os { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.HINFO;

    internal static RecordData? Parse(RdataReader r)
    {
        if (r.ReadCharacterString("HINFO CPU", out var cpu) && r.ReadCharacterString("HINFO OS", out var os))
        {
            return new HinfoData(ImmutableCollectionsMarshal.AsImmutableArray(cpu), ImmutableCollectionsMarshal.AsImmutableArray(os));
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var cpu = r.ReadCharacterString();
        var os = r.ReadCharacterString();
        return r.Failed ? null : new HinfoData(ImmutableCollectionsMarshal.AsImmutableArray(cpu), ImmutableCollectionsMarshal.AsImmutableArray(os));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteCharacterString(Cpu.AsSpan());
        writer.WriteCharacterString(Os.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        BinaryText.AppendQuoted(builder, Cpu.AsSpan());
        builder.Append(' ');
        BinaryText.AppendQuoted(builder, Os.AsSpan());
    }
}
