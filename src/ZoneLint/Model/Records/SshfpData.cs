using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SSHFP RDATA (RFC 4255 §3.1): 8-bit ALGORITHM of the host key (1 RSA, 2 DSA; 3 ECDSA and 4 Ed25519 from RFC 6594
/// and RFC 7479), 8-bit FINGERPRINT TYPE (1 SHA-1; 2 SHA-256 from RFC 6594), then the FINGERPRINT, written in hex.
/// Whether the fingerprint's length suits its type is a rule's question, not the parser's.
/// <see href="https://www.rfc-editor.org/rfc/rfc4255#section-3.1"/>
/// </summary>
public sealed class SshfpData : RecordData
{
    /// <summary>Creates SSHFP RDATA.</summary>
    /// <exception cref="ArgumentException">The fingerprint is empty (it has no presentation form then).</exception>
    public SshfpData(byte algorithm, byte fingerprintType, ImmutableArray<byte> fingerprint)
    {
        if (fingerprint.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An SSHFP fingerprint holds at least one octet.", nameof(fingerprint));
        }

        Algorithm = algorithm;
        FingerprintType = fingerprintType;
        Fingerprint = fingerprint;
    }

    /// <summary>The public key algorithm (1 RSA, 2 DSA, 3 ECDSA, 4 Ed25519, 6 Ed448).</summary>
    public byte Algorithm { get; }

    /// <summary>The fingerprint type (1 SHA-1, 2 SHA-256).</summary>
    public byte FingerprintType { get; }

    /// <summary>The fingerprint octets.</summary>
    public ImmutableArray<byte> Fingerprint { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.SSHFP;

    internal static RecordData? Parse(RdataReader r)
    {
        if (r.ReadUInt8("SSHFP algorithm", out byte algorithm)
            && r.ReadUInt8("SSHFP fingerprint type", out byte type)
            && r.ReadRemainingHex("SSHFP fingerprint", allowEmpty: false, out var fingerprint))
        {
            return new SshfpData(algorithm, type, ImmutableCollectionsMarshal.AsImmutableArray(fingerprint));
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        byte algorithm = r.ReadUInt8(), type = r.ReadUInt8();
        var fingerprint = r.ReadRemaining();
        if (r.Failed)
        {
            return null;
        }

        if (fingerprint.Length == 0)
        {
            r.Fail("the SSHFP fingerprint is empty");
            return null;
        }

        return new SshfpData(algorithm, type, ImmutableCollectionsMarshal.AsImmutableArray(fingerprint));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(Algorithm);
        writer.WriteUInt8(FingerprintType);
        writer.WriteBytes(Fingerprint.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Algorithm).Append(' ').Append(FingerprintType).Append(' ');
        BinaryText.AppendHex(builder, Fingerprint.AsSpan());
    }
}
