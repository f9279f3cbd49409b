using System.Security.Cryptography;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Dnssec;

/// <summary>DS/CDS digests computed here from RFC 4034 §5.1.4 (owner in canonical wire form, then the DNSKEY RDATA).</summary>
internal static class CdsTesting
{
    public static readonly TestKey Key = TestKey.Create(13, ksk: true);

    public static readonly TestKey OtherKey = TestKey.Create(13, ksk: true);

    public static string KeyText(TestKey key) => Convert.ToBase64String(key.Dnskey.PublicKey.AsSpan());

    /// <summary>The DS RDATA text for <paramref name="key"/> at example.com. with SHA-256.</summary>
    public static string Ds(TestKey key, string owner = "example.com.")
    {
        byte[] ownerWire = [.. owner.TrimEnd('.').Split('.').SelectMany(l => (byte[])[(byte)l.Length, .. System.Text.Encoding.ASCII.GetBytes(l.ToLowerInvariant())]), 0];
        DnssecKeyData k = key.Dnskey;
        byte[] rdata = [(byte)(k.Flags >> 8), (byte)k.Flags, k.Protocol, k.Algorithm, .. k.PublicKey];
        return $"{k.KeyTag} {k.Algorithm} 2 {Convert.ToHexString(SHA256.HashData([.. ownerWire, .. rdata]))}";
    }

    public static string Dnskey(TestKey key) => $"{key.Dnskey.Flags} 3 {key.Algorithm} {KeyText(key)}";
}
