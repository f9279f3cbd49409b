using System.Collections.Immutable;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// IPSECKEY RDATA (RFC 4025 §2): 8-bit PRECEDENCE (lower first), 8-bit GATEWAY TYPE (0 none, 1 IPv4, 2 IPv6, 3 name),
/// 8-bit ALGORITHM (0 no key, 1 DSA, 2 RSA, 3 ECDSA (RFC 8005)), the GATEWAY as its type says, then the PUBLIC KEY.
/// In text (RFC 4025 §3.1) the gateway is <c>.</c> for type 0, and the key is Base64, which may be split by white
/// space, or absent.
/// <see href="https://www.rfc-editor.org/rfc/rfc4025#section-2"/>
/// </summary>
public sealed class IpseckeyData : RecordData
{
    /// <summary>Creates IPSECKEY RDATA; the gateway type follows from which gateway is given (none, an address, or a name).</summary>
    /// <exception cref="ArgumentException">Both an address and a name are given.</exception>
    public IpseckeyData(byte precedence, byte algorithm, IPAddress? gatewayAddress, DomainName? gatewayName, ImmutableArray<byte> publicKey)
    {
        GatewayType = GatewayField.TypeOf(gatewayAddress, gatewayName, nameof(gatewayAddress));
        Precedence = precedence;
        Algorithm = algorithm;
        GatewayAddress = gatewayAddress;
        GatewayName = gatewayName;
        PublicKey = publicKey.IsDefault ? [] : publicKey;
    }

    /// <summary>The precedence among the owner's IPSECKEY records; lower first.</summary>
    public byte Precedence { get; }

    /// <summary>The gateway type: 0 none, 1 IPv4, 2 IPv6, 3 name.</summary>
    public byte GatewayType { get; }

    /// <summary>The public key algorithm (0 none, 1 DSA, 2 RSA, 3 ECDSA).</summary>
    public byte Algorithm { get; }

    /// <summary>The gateway address, for gateway types 1 and 2.</summary>
    public IPAddress? GatewayAddress { get; }

    /// <summary>The gateway name, for gateway type 3.</summary>
    public DomainName? GatewayName { get; }

    /// <summary>The public key; may be empty.</summary>
    public ImmutableArray<byte> PublicKey { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.IPSECKEY;

    internal static RecordData? Parse(RdataReader r)
    {
        if (r.ReadUInt8("IPSECKEY precedence", out byte precedence)
            && r.ReadUInt8("IPSECKEY gateway type", out byte gatewayType)
            && GatewayField.CheckType(r, "IPSECKEY gateway", gatewayType)
            && r.ReadUInt8("IPSECKEY algorithm", out byte algorithm)
            && GatewayField.Parse(r, "IPSECKEY gateway", gatewayType, out var address, out var name)
            && r.ReadRemainingBase64("IPSECKEY public key (Base64)", allowEmpty: true, out var key))
        {
            return new IpseckeyData(precedence, algorithm, address, name, ImmutableCollectionsMarshal.AsImmutableArray(key));
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        byte precedence = r.ReadUInt8(), gatewayType = r.ReadUInt8(), algorithm = r.ReadUInt8();
        if (r.Failed || !GatewayField.Read(ref r, "IPSECKEY gateway", gatewayType, out var address, out var name))
        {
            return null;
        }

        var key = r.ReadRemaining();
        return r.Failed ? null : new IpseckeyData(precedence, algorithm, address, name, ImmutableCollectionsMarshal.AsImmutableArray(key));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(Precedence);
        writer.WriteUInt8(GatewayType);
        writer.WriteUInt8(Algorithm);
        GatewayField.Write(writer, form, GatewayAddress, GatewayName);
        writer.WriteBytes(PublicKey.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Precedence).Append(' ').Append(GatewayType).Append(' ').Append(Algorithm).Append(' ');
        GatewayField.Append(builder, GatewayAddress, GatewayName);
        if (!PublicKey.IsEmpty)
        {
            builder.Append(' ');
            BinaryText.AppendBase64(builder, PublicKey.AsSpan());
        }
    }
}
