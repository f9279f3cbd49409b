using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// X25 RDATA (RFC 1183 §3.1): PSDN-ADDRESS, one character-string holding the X.121 address of the owner on a public
/// switched data network.
/// <see href="https://www.rfc-editor.org/rfc/rfc1183#section-3.1"/>
/// </summary>
/// <remarks>
/// RFC 1183 describes the address as decimal digits, and BIND refuses anything else; NSD loads any text (its own tests
/// hold <c>X25 "x25 address in text format"</c>), so any character-string is accepted here and the digits are a matter for
/// a rule.
/// </remarks>
public sealed class X25Data : RecordData
{
    /// <summary>Creates X25 RDATA from an octet string of at most 255 octets.</summary>
    public X25Data(ImmutableArray<byte> address) => Address = CharacterString.Check(address, nameof(address));

    /// <summary>Creates X25 RDATA from text, encoded as UTF-8.</summary>
    public X25Data(string address)
        : this(CharacterString.FromText(address))
    {
    }

    /// <summary>The PSDN address, as octets.</summary>
    public ImmutableArray<byte> Address { get; }

    /// <summary>Whether the address is decimal digits only, as RFC 1183 §3.1 describes it.</summary>
    public bool IsDecimal => !Address.IsEmpty && Address.All(b => b is >= (byte)'0' and <= (byte)'9');

    /// <inheritdoc/>
    public override RRType Type => RRType.X25;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadCharacterString("X25 PSDN address", out var address) ? new X25Data(ImmutableCollectionsMarshal.AsImmutableArray(address)) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var address = r.ReadCharacterString();
        return r.Failed ? null : new X25Data(ImmutableCollectionsMarshal.AsImmutableArray(address));
    }

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteCharacterString(Address.AsSpan());

    internal override void WriteText(StringBuilder builder) => BinaryText.AppendQuoted(builder, Address.AsSpan());
}
