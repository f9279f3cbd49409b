using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The signature layout RRSIG (RFC 4034 §3.1) took over from SIG (RFC 2535 §4.1): 16-bit TYPE COVERED, 8-bit
/// ALGORITHM, 8-bit LABELS, 32-bit ORIGINAL TTL, 32-bit SIGNATURE EXPIRATION and SIGNATURE INCEPTION (seconds since 1970
/// modulo 2^32, compared with serial-number arithmetic, RFC 4034 §3.1.5), 16-bit KEY TAG, SIGNER'S NAME, then the
/// SIGNATURE. In text (RFC 4034 §3.2) the times are <c>YYYYMMDDHHmmSS</c> in UTC or a decimal number of seconds, and the
/// signature Base64, which may be split.
/// <see href="https://www.rfc-editor.org/rfc/rfc4034#section-3.1"/>
/// </summary>
/// <remarks>
/// Immutable. The signer's name is lower-cased in canonical form (RFC 4034 §6.2 as corrected by RFC 6840 §5.1).
/// <see cref="RrsigData"/> and <see cref="SigData"/> are distinct classes so that DNSSEC rules never take one for the other.
/// </remarks>
public abstract class SignatureData : RecordData
{
    private const long Modulus = 1L << 32;
    private const long HalfModulus = 1L << 31;

    private protected SignatureData(RRType typeCovered, byte algorithm, byte labels, uint originalTtl, uint expirationValue, uint inceptionValue, ushort keyTag, DomainName signerName, ImmutableArray<byte> signature)
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

    /// <summary>The type of the RRset this signature covers.</summary>
    public RRType TypeCovered { get; }

    /// <summary>The security algorithm (RFC 4034 Appendix A.1).</summary>
    public byte Algorithm { get; }

    /// <summary>The number of labels in the original owner name, not counting the root or a leading <c>*</c> (RFC 4034 §3.1.3).</summary>
    public byte Labels { get; }

    /// <summary>The TTL of the covered RRset as it appears in the authoritative zone (RFC 4034 §3.1.4).</summary>
    public uint OriginalTtl { get; }

    /// <summary>The SIGNATURE EXPIRATION field: seconds since 1970-01-01T00:00:00Z, modulo 2^32.</summary>
    public uint ExpirationValue { get; }

    /// <summary>The SIGNATURE INCEPTION field: seconds since 1970-01-01T00:00:00Z, modulo 2^32.</summary>
    public uint InceptionValue { get; }

    /// <summary>The key tag of the DNSKEY that made the signature (RFC 4034 Appendix B).</summary>
    public ushort KeyTag { get; }

    /// <summary>The owner of the DNSKEY that verifies the signature: the zone apex (RFC 4034 §3.1.7).</summary>
    public DomainName SignerName { get; }

    /// <summary>The signature octets.</summary>
    public ImmutableArray<byte> Signature { get; }

    /// <summary>The expiration read in the era 1970–2106 (as the presentation form shows it); see <see cref="ResolveTime"/> for other eras.</summary>
    public DateTimeOffset Expiration => DateTimeOffset.FromUnixTimeSeconds(ExpirationValue);

    /// <summary>The inception read in the era 1970–2106; see <see cref="ResolveTime"/> for other eras.</summary>
    public DateTimeOffset Inception => DateTimeOffset.FromUnixTimeSeconds(InceptionValue);

    /// <summary>
    /// The validity period from inception to expiration in serial-number arithmetic (RFC 4034 §3.1.5, RFC 1982):
    /// negative when the expiration is before the inception.
    /// </summary>
    public TimeSpan ValidityPeriod => TimeSpan.FromSeconds(SerialDifference(ExpirationValue, InceptionValue));

    /// <summary>
    /// The absolute time a 32-bit RRSIG time value stands for, taken as the one within 68 years of
    /// <paramref name="reference"/> (RFC 4034 §3.1.5: the fields wrap every 136 years).
    /// </summary>
    public static DateTimeOffset ResolveTime(uint value, DateTimeOffset reference)
    {
        long now = reference.ToUnixTimeSeconds();
        long diff = SerialDifference(value, (uint)(now & (Modulus - 1)));
        return DateTimeOffset.FromUnixTimeSeconds(now + diff);
    }

    /// <summary>
    /// <paramref name="a"/> minus <paramref name="b"/> in 32-bit serial-number arithmetic (RFC 1982 §3.2, as RFC 4034 §3.1.5
    /// requires for RRSIG times): positive when <paramref name="a"/> is later, in the range −2^31 to 2^31 − 1.
    /// </summary>
    public static long SerialDifference(uint a, uint b)
    {
        long d = ((long)a - b) & (Modulus - 1);
        return d >= HalfModulus ? d - Modulus : d;
    }

    /// <summary>Whether the time value <paramref name="a"/> is before <paramref name="b"/> in serial-number arithmetic (RFC 1982 §3.2).</summary>
    public static bool IsBefore(uint a, uint b) => SerialDifference(a, b) < 0;

    /// <summary>Whether the signature has expired at <paramref name="now"/> (serial-number comparison, RFC 4034 §3.1.5).</summary>
    public bool IsExpiredAt(DateTimeOffset now) => IsBefore(ExpirationValue, ToValue(now));

    /// <summary>Whether the signature's inception is still ahead at <paramref name="now"/>.</summary>
    public bool IsNotYetValidAt(DateTimeOffset now) => IsBefore(ToValue(now), InceptionValue);

    /// <summary>Whether <paramref name="now"/> lies between inception and expiration, inclusive (RFC 4035 §5.3.1).</summary>
    public bool IsValidAt(DateTimeOffset now) => !IsExpiredAt(now) && !IsNotYetValidAt(now);

    /// <summary>The 32-bit field value for <paramref name="time"/>: seconds since 1970 modulo 2^32.</summary>
    public static uint ToValue(DateTimeOffset time) => (uint)(time.ToUnixTimeSeconds() & (Modulus - 1));

    /// <summary>Parses a time field: <c>YYYYMMDDHHmmSS</c> (UTC) or a decimal number up to 4294967295.</summary>
    internal static bool TryParseTime(ReadOnlySpan<byte> text, out uint value)
    {
        value = 0;
        if (text.Length != 14)
        {
            if (!RdataReader.TryParseNumber(text, uint.MaxValue, out ulong n))
            {
                return false;
            }

            value = (uint)n;
            return true;
        }

        foreach (byte b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        int year = Digits(text, 0, 4), month = Digits(text, 4, 2), day = Digits(text, 6, 2);
        int hour = Digits(text, 8, 2), minute = Digits(text, 10, 2), second = Digits(text, 12, 2);
        bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int days = month switch
        {
            2 => leap ? 29 : 28,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };

        // Any year 0000-9999 of the proleptic Gregorian calendar, taken modulo 2^32 seconds (RFC 4034 §3.1.5) as BIND
        // does: its crashzone.db test signs with an expiration in the year 0010.
        if (month is < 1 or > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        long seconds = (DaysFromCivil(year, month, day) * 86400L) + (hour * 3600L) + (minute * 60L) + second;
        value = (uint)(seconds & (Modulus - 1));
        return true;
    }

    /// <summary>Days from 1970-01-01 to the given date of the proleptic Gregorian calendar (negative before it).</summary>
    private static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - (era * 400);
        long dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    private static int Digits(ReadOnlySpan<byte> text, int start, int count)
    {
        int v = 0;
        for (int i = start; i < start + count; i++)
        {
            v = (v * 10) + (text[i] - '0');
        }

        return v;
    }

    /// <summary>Reads the fields in text; <paramref name="create"/> makes the record of the derived type.</summary>
    private protected static RecordData? ParseFields(RdataReader r, Func<RRType, byte, byte, uint, uint, uint, ushort, DomainName, ImmutableArray<byte>, RecordData> create)
    {
        string type = r.RecordType.ToString();
        if (!r.Next(type + " type covered", out var token))
        {
            return null;
        }

        if (!RRType.TryParse(r.Text(token), out var covered) || token.IsQuoted)
        {
            r.Fail($"{type} type covered must be a record type (a mnemonic such as A or TYPEnnn), found '{r.TextOf(token)}'");
            return null;
        }

        if (DnssecMnemonics.ReadAlgorithm(r, type + " algorithm", out byte algorithm)
            && r.ReadUInt8(type + " labels", out byte labels)
            && r.ReadTimeValue(type + " original TTL", out uint originalTtl)
            && ReadTime(r, type + " signature expiration", out uint expiration)
            && ReadTime(r, type + " signature inception", out uint inception)
            && r.ReadUInt16(type + " key tag", out ushort keyTag)
            && r.ReadName(type + " signer's name", out var signer)
            && r.ReadRemainingBase64(type + " signature (Base64)", allowEmpty: false, out var signature))
        {
            // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
            return create(covered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer, ImmutableCollectionsMarshal.AsImmutableArray(signature));
        }

        return null;
    }

    private static bool ReadTime(RdataReader r, string what, out uint value)
    {
        value = 0;
        if (!r.Next(what, out var token))
        {
            return false;
        }

        if (!TryParseTime(r.Text(token), out value))
        {
            return r.Fail($"{what} must be YYYYMMDDHHmmSS (UTC) or a number of seconds since 1970 up to 4294967295, found '{r.TextOf(token)}'");
        }

        return true;
    }

    /// <summary>Reads the fields in wire form; <paramref name="create"/> makes the record of the derived type.</summary>
    private protected static RecordData? ReadFields(ref WireReader r, RRType type, Func<RRType, byte, byte, uint, uint, uint, ushort, DomainName, ImmutableArray<byte>, RecordData> create)
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
            r.Fail($"the {type} signature is empty");
            return null;
        }

        return create(covered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer, ImmutableCollectionsMarshal.AsImmutableArray(signature));
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
