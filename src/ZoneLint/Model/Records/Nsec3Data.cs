using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NSEC3 RDATA (RFC 5155 §3.2): 8-bit HASH ALGORITHM, 8-bit FLAGS (bit 7 Opt-Out), 16-bit ITERATIONS, 8-bit SALT
/// LENGTH and SALT, 8-bit HASH LENGTH and NEXT HASHED OWNER NAME, then the TYPE BIT MAPS (RFC 4034 §4.1.2).
/// In text (RFC 5155 §3.3) the salt is hexadecimal or <c>-</c>, and the next hashed owner is Base32hex without padding.
/// <see href="https://www.rfc-editor.org/rfc/rfc5155#section-3.2"/>
/// </summary>
/// <remarks>
/// Immutable; the types are sorted and distinct. The next hashed owner is 1 to 255 octets, and exactly 20 for
/// hash algorithm 1 (SHA-1), the only one defined: another length cannot be a hash (BIND rejects it too).
/// </remarks>
public sealed class Nsec3Data : RecordData
{
    /// <summary>The Opt-Out flag (RFC 5155 §3.1.2.1).</summary>
    public const byte OptOutFlag = 0x01;

    /// <summary>Creates NSEC3 RDATA.</summary>
    /// <exception cref="ArgumentException">The salt or the next hashed owner name has a length the format cannot hold or the algorithm does not produce.</exception>
    public Nsec3Data(byte hashAlgorithm, byte flags, ushort iterations, ImmutableArray<byte> salt, ImmutableArray<byte> nextHashedOwnerName, IEnumerable<RRType> types)
        : this(hashAlgorithm, flags, iterations, salt, nextHashedOwnerName, TypeBitmap.Normalize(types))
    {
    }

    private Nsec3Data(byte hashAlgorithm, byte flags, ushort iterations, ImmutableArray<byte> salt, ImmutableArray<byte> nextHashedOwnerName, ImmutableArray<RRType> normalizedTypes)
    {
        if (nextHashedOwnerName.IsDefault || DescribeHashLengthError(hashAlgorithm, nextHashedOwnerName.Length) is not null)
        {
            throw new ArgumentException(DescribeHashLengthError(hashAlgorithm, nextHashedOwnerName.IsDefault ? 0 : nextHashedOwnerName.Length), nameof(nextHashedOwnerName));
        }

        HashAlgorithm = hashAlgorithm;
        Flags = flags;
        Iterations = iterations;
        Salt = CheckSalt(salt);
        NextHashedOwnerName = nextHashedOwnerName;
        Types = normalizedTypes;
    }

    /// <summary>The hash algorithm (1 = SHA-1, RFC 5155 §11).</summary>
    public byte HashAlgorithm { get; }

    /// <summary>The flags field.</summary>
    public byte Flags { get; }

    /// <summary>Whether the Opt-Out flag is set: unsigned delegations may lie in the span (RFC 5155 §6).</summary>
    public bool IsOptOut => (Flags & OptOutFlag) != 0;

    /// <summary>The number of additional hash iterations (RFC 9276 §3.1 recommends 0).</summary>
    public ushort Iterations { get; }

    /// <summary>The salt; empty when written as <c>-</c>.</summary>
    public ImmutableArray<byte> Salt { get; }

    /// <summary>The next hashed owner name in binary (the hash, not a domain name).</summary>
    public ImmutableArray<byte> NextHashedOwnerName { get; }

    /// <summary>The next hashed owner name as Base32hex without padding, in upper case (RFC 5155 §3.3).</summary>
    public string NextHashedOwnerNameText
    {
        get
        {
            var sb = new StringBuilder();
            BinaryText.AppendBase32Hex(sb, NextHashedOwnerName.AsSpan());
            return sb.ToString();
        }
    }

    /// <summary>The types present at the original owner name, sorted by number.</summary>
    public ImmutableArray<RRType> Types { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.NSEC3;

    /// <summary>Whether the bit map lists <paramref name="type"/>.</summary>
    public bool HasType(RRType type) => Types.BinarySearch(type) >= 0;

    internal static ImmutableArray<byte> CheckSalt(ImmutableArray<byte> salt)
    {
        if (salt.IsDefault)
        {
            return [];
        }

        if (salt.Length > 255)
        {
            throw new ArgumentException("The salt holds at most 255 octets.", nameof(salt));
        }

        return salt;
    }

    internal static string? DescribeHashLengthError(byte hashAlgorithm, int length)
    {
        if (length is 0 or > 255)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the next hashed owner name must be 1 to 255 octets, found {length}");
        }

        if (hashAlgorithm == 1 && length != 20)
        {
            return string.Create(CultureInfo.InvariantCulture, $"a SHA-1 next hashed owner name is 20 octets (32 Base32hex characters), found {length}");
        }

        return null;
    }

    /// <summary>Reads hash algorithm, flags, iterations and salt (shared with NSEC3PARAM, RFC 5155 §3.3 and §4.3).</summary>
    internal static bool ParseHashParameters(RdataReader r, out byte hashAlgorithm, out byte flags, out ushort iterations, out ImmutableArray<byte> salt)
    {
        flags = 0;
        iterations = 0;
        salt = [];
        if (!r.ReadUInt8("hash algorithm", out hashAlgorithm)
            || !r.ReadUInt8("flags", out flags)
            || !r.ReadUInt16("iterations", out iterations)
            || !r.Next("salt", out var token))
        {
            return false;
        }

        var text = r.Text(token);
        if (text.Length == 1 && text[0] == (byte)'-')
        {
            return true;
        }

        if (!BinaryText.TryDecodeHex(text, out var bytes) || bytes.Length == 0)
        {
            return r.Fail($"salt must be hexadecimal (an even number of digits 0-9, A-F) or '-' for none, found '{r.TextOf(token)}'");
        }

        if (bytes.Length > 255)
        {
            return r.Fail(string.Create(CultureInfo.InvariantCulture, $"salt is {bytes.Length} octets long; it holds at most 255"));
        }

        // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
        salt = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return true;
    }

    internal static void AppendSalt(StringBuilder builder, ImmutableArray<byte> salt)
    {
        if (salt.IsEmpty)
        {
            builder.Append('-');
        }
        else
        {
            BinaryText.AppendHex(builder, salt.AsSpan());
        }
    }

    internal static RecordData? Parse(RdataReader r)
    {
        if (!ParseHashParameters(r, out byte alg, out byte flags, out ushort iterations, out var salt)
            || !r.Next("next hashed owner name", out var token))
        {
            return null;
        }

        var text = r.Text(token);
        if (text.Contains((byte)'='))
        {
            r.Fail($"next hashed owner name '{r.TextOf(token)}' has '=' padding; RFC 5155 §3.3 writes it in Base32hex without padding");
            return null;
        }

        if (!BinaryText.TryDecodeBase32Hex(text, out var hash))
        {
            r.Fail($"next hashed owner name must be Base32hex (digits 0-9 and letters A-V, without padding), found '{r.TextOf(token)}'");
            return null;
        }

        if (DescribeHashLengthError(alg, hash.Length) is { } error)
        {
            r.Fail($"{error} ('{r.TextOf(token)}')");
            return null;
        }

        return TypeBitmap.Parse(r, out var types)
            ? new Nsec3Data(alg, flags, iterations, salt, ImmutableCollectionsMarshal.AsImmutableArray(hash), types)
            : null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        byte alg = r.ReadUInt8();
        byte flags = r.ReadUInt8();
        ushort iterations = r.ReadUInt16();
        var salt = r.ReadBytes(r.ReadUInt8());
        var hash = r.ReadBytes(r.ReadUInt8());
        if (r.Failed)
        {
            return null;
        }

        if (DescribeHashLengthError(alg, hash.Length) is { } error)
        {
            r.Fail(error);
            return null;
        }

        return TypeBitmap.Read(ref r, out var types)
            ? new Nsec3Data(alg, flags, iterations, ImmutableCollectionsMarshal.AsImmutableArray(salt), ImmutableCollectionsMarshal.AsImmutableArray(hash), types)
            : null;
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(HashAlgorithm);
        writer.WriteUInt8(Flags);
        writer.WriteUInt16(Iterations);
        writer.WriteUInt8((byte)Salt.Length);
        writer.WriteBytes(Salt.AsSpan());
        writer.WriteUInt8((byte)NextHashedOwnerName.Length);
        writer.WriteBytes(NextHashedOwnerName.AsSpan());
        TypeBitmap.Write(writer, Types);
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(HashAlgorithm).Append(' ').Append(Flags).Append(' ').Append(Iterations).Append(' ');
        AppendSalt(builder, Salt);
        builder.Append(' ');
        BinaryText.AppendBase32Hex(builder, NextHashedOwnerName.AsSpan());
        TypeBitmap.WriteText(builder, Types);
    }
}
