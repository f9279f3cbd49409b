using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SIG RDATA (RFC 2535 §4.1; replaced by RRSIG for DNSSEC by RFC 3755, still used for SIG(0), RFC 2931): 16-bit TYPE
/// COVERED, 8-bit ALGORITHM, 8-bit LABELS, 32-bit ORIGINAL TTL, 32-bit SIGNATURE EXPIRATION and INCEPTION, 16-bit KEY
/// TAG, SIGNER'S NAME, then the SIGNATURE: the layout RRSIG took over (RFC 4034 §3.1). In text (RFC 2535 §7.2) the
/// times are <c>YYYYMMDDHHmmSS</c> in UTC or a number of seconds, and the signature Base64, which may be split.
/// <see href="https://www.rfc-editor.org/rfc/rfc2535#section-4.1"/>
/// </summary>
/// <remarks>
/// Immutable. A class of its own rather than an <see cref="RrsigData"/>, so that rules about DNSSEC signatures do not
/// take it for one; the signer's name is lower-cased in canonical form, as RFC 4034 §6.2 lists SIG.
/// </remarks>
public sealed class SigData : RecordData
{
    /// <summary>Creates SIG RDATA; times are the 32-bit field values.</summary>
    /// <exception cref="ArgumentException">The signature is empty.</exception>
    public SigData(RRType typeCovered, byte algorithm, byte labels, uint originalTtl, uint expirationValue, uint inceptionValue, ushort keyTag, DomainName signerName, ImmutableArray<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(signerName);
        if (signature.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The signature must not be empty.", nameof(signature));
        }

        TypeCovered = typeCovered;
        Algorithm = algorithm;
        Labels = labels;
        OriginalTtl = originalTtl;
        ExpirationValue = expirationValue;
        InceptionValue = inceptionValue;
        KeyTag = keyTag;
        SignerName = signerName;
        Signature = signature;
    }

    /// <summary>The type of the RRset the signature covers (0 for a SIG(0) transaction signature).</summary>
    public RRType TypeCovered { get; }

    /// <summary>The algorithm (the DNSSEC algorithm numbers).</summary>
    public byte Algorithm { get; }

    /// <summary>The number of labels in the original owner name.</summary>
    public byte Labels { get; }

    /// <summary>The TTL of the covered RRset.</summary>
    public uint OriginalTtl { get; }

    /// <summary>The SIGNATURE EXPIRATION field: seconds since 1970-01-01T00:00:00Z, modulo 2^32.</summary>
    public uint ExpirationValue { get; }

    /// <summary>The SIGNATURE INCEPTION field: seconds since 1970-01-01T00:00:00Z, modulo 2^32.</summary>
    public uint InceptionValue { get; }

    /// <summary>The key tag of the KEY that made the signature.</summary>
    public ushort KeyTag { get; }

    /// <summary>The owner of the KEY that verifies the signature.</summary>
    public DomainName SignerName { get; }

    /// <summary>The signature octets.</summary>
    public ImmutableArray<byte> Signature { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.SIG;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.Next("SIG type covered", out var token))
        {
            return null;
        }

        if (!TryParseType(r.Text(token), out var covered) || token.IsQuoted)
        {
            r.Fail($"SIG type covered must be a record type (a mnemonic such as A or TYPEnnn), found '{r.TextOf(token)}'");
            return null;
        }

        if (DnssecMnemonics.ReadAlgorithm(r, "SIG algorithm", out byte algorithm)
            && r.ReadUInt8("SIG labels", out byte labels)
            && r.ReadTimeValue("SIG original TTL", out uint originalTtl)
            && ReadTime(r, "SIG signature expiration", out uint expiration)
            && ReadTime(r, "SIG signature inception", out uint inception)
            && r.ReadUInt16("SIG key tag", out ushort keyTag)
            && r.ReadName("SIG signer's name", out var signer)
            && r.ReadRemainingBase64("SIG signature (Base64)", allowEmpty: false, out var signature))
        {
            // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
            return new SigData(covered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer, ImmutableCollectionsMarshal.AsImmutableArray(signature));
        }

        return null;
    }

    private static bool TryParseType(ReadOnlySpan<byte> text, out RRType type)
    {
        type = default;
        if (text.Length is 0 or > 16)
        {
            return false;
        }

        Span<char> chars = stackalloc char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            chars[i] = (char)text[i];
        }

        return RRType.TryParse(chars, out type);
    }

    private static bool ReadTime(RdataReader r, string what, out uint value)
    {
        value = 0;
        if (!r.Next(what, out var token))
        {
            return false;
        }

        if (!RrsigData.TryParseTime(r.Text(token), out value))
        {
            return r.Fail($"{what} must be YYYYMMDDHHmmSS (UTC) or a number of seconds since 1970 up to 4294967295, found '{r.TextOf(token)}'");
        }

        return true;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var covered = new RRType(r.ReadUInt16());
        byte algorithm = r.ReadUInt8();
        byte labels = r.ReadUInt8();
        uint originalTtl = r.ReadUInt32(), expiration = r.ReadUInt32(), inception = r.ReadUInt32();
        ushort keyTag = r.ReadUInt16();
        var signer = r.ReadName();
        if (r.Failed)
        {
            return null;
        }

        var signature = r.ReadRemaining();
        if (signature.Length == 0)
        {
            r.Fail("the SIG signature is empty");
            return null;
        }

        return new SigData(covered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer, ImmutableCollectionsMarshal.AsImmutableArray(signature));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(TypeCovered.Value);
        writer.WriteUInt8(Algorithm);
        writer.WriteUInt8(Labels);
        writer.WriteUInt32(OriginalTtl);
        writer.WriteUInt32(ExpirationValue);
        writer.WriteUInt32(InceptionValue);
        writer.WriteUInt16(KeyTag);
        writer.WriteName(SignerName, form, canonicalListed: true);
        writer.WriteBytes(Signature.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(TypeCovered.ToString()).Append(' ').Append(Algorithm).Append(' ').Append(Labels).Append(' ').Append(OriginalTtl).Append(' ');
        AppendTime(builder, ExpirationValue);
        builder.Append(' ');
        AppendTime(builder, InceptionValue);
        builder.Append(' ').Append(KeyTag).Append(' ').Append(SignerName).Append(' ');
        BinaryText.AppendBase64(builder, Signature.AsSpan());
    }

    private static void AppendTime(StringBuilder builder, uint value) =>
        builder.Append(DateTimeOffset.FromUnixTimeSeconds(value).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
}
