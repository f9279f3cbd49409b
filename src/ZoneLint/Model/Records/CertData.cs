using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// CERT RDATA (RFC 4398 §2): 16-bit certificate TYPE, 16-bit KEY TAG, 8-bit ALGORITHM (a DNSSEC algorithm number),
/// then the CERTIFICATE or CRL, written in Base64. In the presentation form (RFC 4398 §2.2) the type may be a
/// mnemonic (PKIX, SPKI, PGP, IPKIX, ISPKI, IPGP, ACPKIX, IACPKIX, URI, OID) and the algorithm a DNSSEC algorithm
/// mnemonic (RFC 4034 Appendix A.1); both are printed as mnemonics when they have one, as BIND does.
/// <see href="https://www.rfc-editor.org/rfc/rfc4398#section-2"/>
/// </summary>
public sealed class CertData : RecordData
{
    // RFC 4398 §2.1.
    private static readonly (string Name, ushort Value)[] TypeMnemonics =
    [
        ("PKIX", 1), ("SPKI", 2), ("PGP", 3), ("IPKIX", 4), ("ISPKI", 5), ("IPGP", 6), ("ACPKIX", 7), ("IACPKIX", 8), ("URI", 253), ("OID", 254),
    ];

    // The DNS Security Algorithm Numbers registry (RFC 4034 Appendix A.1, RFC 5155, RFC 5702, RFC 6605, RFC 8080);
    // the IANA mnemonics first, then the spellings BIND also accepts.
    private static readonly (string Name, ushort Value)[] AlgorithmMnemonics =
    [
        ("RSAMD5", 1), ("DH", 2), ("DSA", 3), ("ECC", 4), ("RSASHA1", 5), ("DSA-NSEC3-SHA1", 6), ("RSASHA1-NSEC3-SHA1", 7),
        ("RSASHA256", 8), ("RSASHA512", 10), ("ECC-GOST", 12), ("ECDSAP256SHA256", 13), ("ECDSAP384SHA384", 14),
        ("ED25519", 15), ("ED448", 16), ("INDIRECT", 252), ("PRIVATEDNS", 253), ("PRIVATEOID", 254),
        ("NSEC3DSA", 6), ("NSEC3RSASHA1", 7), ("ECCGOST", 12),
    ];

    /// <summary>Creates CERT RDATA.</summary>
    /// <exception cref="ArgumentException">The certificate is empty.</exception>
    public CertData(ushort certificateType, ushort keyTag, byte algorithm, ImmutableArray<byte> certificate)
    {
        if (certificate.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A CERT record holds a certificate or CRL of at least one octet.", nameof(certificate));
        }

        CertificateType = certificateType;
        KeyTag = keyTag;
        Algorithm = algorithm;
        Certificate = certificate;
    }

    /// <summary>The certificate type (1 PKIX, 2 SPKI, 3 PGP, 4 IPKIX, 5 ISPKI, 6 IPGP, 7 ACPKIX, 8 IACPKIX, 253 URI, 254 OID).</summary>
    public ushort CertificateType { get; }

    /// <summary>The key tag of the key the certificate is for (RFC 4034 Appendix B), or 0.</summary>
    public ushort KeyTag { get; }

    /// <summary>The DNSSEC algorithm number, or 0 when unknown or not relevant.</summary>
    public byte Algorithm { get; }

    /// <summary>The certificate, CRL or URL, as octets.</summary>
    public ImmutableArray<byte> Certificate { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.CERT;

    internal static RecordData? Parse(RdataReader r)
    {
        if (r.ReadNumberOrMnemonic("CERT certificate type", ushort.MaxValue, TypeMnemonics, out ulong type)
            && r.ReadUInt16("CERT key tag", out ushort keyTag)
            && r.ReadNumberOrMnemonic("CERT algorithm", byte.MaxValue, AlgorithmMnemonics, out ulong algorithm)
            && r.ReadRemainingBase64("CERT certificate or CRL", allowEmpty: false, out var certificate))
        {
            return new CertData((ushort)type, keyTag, (byte)algorithm, ImmutableCollectionsMarshal.AsImmutableArray(certificate));
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        ushort type = r.ReadUInt16(), keyTag = r.ReadUInt16();
        byte algorithm = r.ReadUInt8();
        var certificate = r.ReadRemaining();
        if (!r.Failed && certificate.Length == 0)
        {
            r.Fail("the CERT certificate or CRL is empty");
        }

        return r.Failed ? null : new CertData(type, keyTag, algorithm, ImmutableCollectionsMarshal.AsImmutableArray(certificate));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(CertificateType);
        writer.WriteUInt16(KeyTag);
        writer.WriteUInt8(Algorithm);
        writer.WriteBytes(Certificate.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        AppendMnemonic(builder, TypeMnemonics, CertificateType);
        builder.Append(' ').Append(KeyTag).Append(' ');
        AppendMnemonic(builder, AlgorithmMnemonics, Algorithm);
        builder.Append(' ');
        BinaryText.AppendBase64(builder, Certificate.AsSpan());
    }

    private static void AppendMnemonic(StringBuilder builder, (string Name, ushort Value)[] mnemonics, ushort value)
    {
        foreach (var (name, number) in mnemonics)
        {
            if (number == value)
            {
                builder.Append(name);
                return;
            }
        }

        builder.Append(value);
    }
}
