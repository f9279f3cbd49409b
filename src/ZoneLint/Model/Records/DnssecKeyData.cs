using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The RDATA layout DNSKEY and CDNSKEY share (RFC 4034 §2.1): 16-bit FLAGS, 8-bit PROTOCOL, 8-bit ALGORITHM, then the
/// PUBLIC KEY. In text (RFC 4034 §2.2) the flags are a number (BIND also reads the RFC 2535 mnemonics such as
/// <c>ZONE|SIG15</c>), the algorithm a number or mnemonic, and the key Base64, which may be split by white space.
/// </summary>
/// <remarks>
/// Immutable. The public key is never empty. The protocol is kept as written: a value other than 3 makes the key
/// unusable for validation (RFC 4034 §2.1.2) but is a finding for a rule, not a syntax error.
/// </remarks>
public abstract class DnssecKeyData : RecordData
{
    /// <summary>Bit 7: the key is a DNS zone key (RFC 4034 §2.1.1).</summary>
    public const ushort ZoneKeyFlag = 0x0100;

    /// <summary>Bit 8: the key is revoked (RFC 5011 §2.1).</summary>
    public const ushort RevokeFlag = 0x0080;

    /// <summary>Bit 15: the Secure Entry Point flag (RFC 4034 §2.1.1, RFC 3757).</summary>
    public const ushort SecureEntryPointFlag = 0x0001;

    private protected DnssecKeyData(ushort flags, byte protocol, byte algorithm, ImmutableArray<byte> publicKey)
    {
        if (publicKey.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The public key must not be empty.", nameof(publicKey));
        }

        Flags = flags;
        Protocol = protocol;
        Algorithm = algorithm;
        PublicKey = publicKey;
        KeyTag = ComputeKeyTag(flags, protocol, algorithm, publicKey.AsSpan());
    }

    /// <summary>The flags field.</summary>
    public ushort Flags { get; }

    /// <summary>The protocol field; RFC 4034 §2.1.2 requires 3.</summary>
    public byte Protocol { get; }

    /// <summary>The security algorithm (RFC 4034 Appendix A.1).</summary>
    public byte Algorithm { get; }

    /// <summary>The public key material, in the algorithm's own format.</summary>
    public ImmutableArray<byte> PublicKey { get; }

    /// <summary>The key tag (RFC 4034 Appendix B) that DS and RRSIG records use to refer to this key.</summary>
    public ushort KeyTag { get; }

    /// <summary>Whether the Zone Key flag (bit 7) is set: only such keys may verify zone data (RFC 4034 §2.1.1).</summary>
    public bool IsZoneKey => (Flags & ZoneKeyFlag) != 0;

    /// <summary>Whether the Secure Entry Point flag (bit 15) is set: a key-signing key by convention (RFC 4034 §2.1.1).</summary>
    public bool IsSecureEntryPoint => (Flags & SecureEntryPointFlag) != 0;

    /// <summary>Whether the REVOKE flag (bit 8) is set (RFC 5011 §2.1).</summary>
    public bool IsRevoked => (Flags & RevokeFlag) != 0;

    /// <summary>Whether any flag other than Zone Key, REVOKE and SEP is set; RFC 4034 §2.1.1 reserves them (must be zero).</summary>
    public bool HasReservedFlags => (Flags & ~(ZoneKeyFlag | RevokeFlag | SecureEntryPointFlag)) != 0;

    /// <summary>
    /// The key tag of RDATA with these fields (RFC 4034 Appendix B): the one's-complement-style sum of the RDATA as
    /// 16-bit words; for algorithm 1 (RSA/MD5, Appendix B.1) the most significant 16 of the low 24 bits of the modulus.
    /// </summary>
    public static ushort ComputeKeyTag(ushort flags, byte protocol, byte algorithm, ReadOnlySpan<byte> publicKey)
    {
        if (algorithm == 1)
        {
            return publicKey.Length < 3 ? (ushort)0 : (ushort)((publicKey[^3] << 8) | publicKey[^2]);
        }

        // The RDATA words: flags, then protocol and algorithm, then the key, odd octets in the high byte.
        uint ac = flags;
        ac += (uint)((protocol << 8) | algorithm);
        for (int i = 0; i < publicKey.Length; i++)
        {
            ac += (i & 1) == 0 ? (uint)(publicKey[i] << 8) : publicKey[i];
        }

        ac += (ac >> 16) & 0xFFFF;
        return (ushort)(ac & 0xFFFF);
    }

    private protected static bool ParseFields(RdataReader r, out ushort flags, out byte protocol, out byte algorithm, out ImmutableArray<byte> key)
    {
        flags = 0;
        protocol = 0;
        algorithm = 0;
        key = default;
        if (!r.Next("flags", out var token))
        {
            return false;
        }

        if (!DnssecMnemonics.TryParseKeyFlags(r.Text(token), out flags))
        {
            return r.Fail($"flags must be a number from 0 to 65535 (such as 256 or 257), found '{r.TextOf(token)}'");
        }

        if (!r.Next("protocol", out token))
        {
            return false;
        }

        if (!DnssecMnemonics.TryParseProtocol(r.Text(token), out protocol))
        {
            return r.Fail($"protocol must be a number from 0 to 255 (DNSSEC keys use 3), found '{r.TextOf(token)}'");
        }

        if (!DnssecMnemonics.ReadAlgorithm(r, "algorithm", out algorithm)
            || !r.ReadRemainingBase64("public key (Base64)", allowEmpty: false, out var bytes))
        {
            return false;
        }

        // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
        key = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return true;
    }

    private protected static bool ReadFields(ref WireReader r, out ushort flags, out byte protocol, out byte algorithm, out ImmutableArray<byte> key)
    {
        flags = r.ReadUInt16();
        protocol = r.ReadUInt8();
        algorithm = r.ReadUInt8();
        key = default;
        if (r.Failed)
        {
            return false;
        }

        var bytes = r.ReadRemaining();
        if (bytes.Length == 0)
        {
            return r.Fail("the public key is empty");
        }

        key = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return true;
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Flags);
        writer.WriteUInt8(Protocol);
        writer.WriteUInt8(Algorithm);
        writer.WriteBytes(PublicKey.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Flags).Append(' ').Append(Protocol).Append(' ').Append(Algorithm).Append(' ');
        BinaryText.AppendBase64(builder, PublicKey.AsSpan());
    }
}
