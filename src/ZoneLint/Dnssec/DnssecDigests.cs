using System.Security.Cryptography;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Dnssec;

/// <summary>The hashes DNSSEC records hold: DS digests (RFC 4034 §5.1.4) and NSEC3 hashed owner names (RFC 5155 §5).</summary>
internal static class DnssecDigests
{
    /// <summary>
    /// The DS digest of a key: digest(owner name in canonical form | DNSKEY RDATA) (RFC 4034 §5.1.4), for digest types
    /// 1 (SHA-1), 2 (SHA-256) and 4 (SHA-384); <see langword="null"/> for a type this cannot compute (GOST, SM3, unknown).
    /// </summary>
    public static byte[]? DsDigest(DomainName owner, DnssecKeyData key, byte digestType)
    {
        var writer = WireWriter.Rent();
        try
        {
            owner.WriteWire(writer, canonical: true);
            writer.WriteUInt16(key.Flags);
            writer.WriteUInt8(key.Protocol);
            writer.WriteUInt8(key.Algorithm);
            writer.WriteBytes(key.PublicKey.AsSpan());
            var data = writer.WrittenSpan;
            return digestType switch
            {
                1 => SHA1.HashData(data),
                2 => SHA256.HashData(data),
                4 => SHA384.HashData(data),
                _ => null,
            };
        }
        finally
        {
            WireWriter.Return(writer);
        }
    }

    /// <summary>Whether <see cref="DsDigest"/> can compute digests of <paramref name="digestType"/>.</summary>
    public static bool CanDigest(byte digestType) => digestType is 1 or 2 or 4;

    /// <summary>
    /// The NSEC3 hash of <paramref name="name"/> (RFC 5155 §5): IH(salt, x, 0) = H(x | salt), IH(salt, x, k) =
    /// H(IH(salt, x, k-1) | salt), x the name in canonical wire form, H SHA-1 (hash algorithm 1, the only one defined).
    /// </summary>
    public static void Nsec3Hash(DomainName name, ReadOnlySpan<byte> salt, int iterations, Span<byte> hash)
    {
        // PERF: one stack buffer for every round; a name is at most 255 octets and a salt 255.
        Span<byte> buffer = stackalloc byte[DomainName.MaxWireLength + 255];
        var wire = name.Wire;
        for (int i = 0; i < wire.Length; i++)
        {
            buffer[i] = DomainName.ToLower(wire[i]);
        }

        salt.CopyTo(buffer[wire.Length..]);
        SHA1.HashData(buffer[..(wire.Length + salt.Length)], hash);
        for (int k = 0; k < iterations; k++)
        {
            hash[..20].CopyTo(buffer);
            salt.CopyTo(buffer[20..]);
            SHA1.HashData(buffer[..(20 + salt.Length)], hash);
        }
    }
}
