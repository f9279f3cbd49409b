using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ZoneLint.Benchmarks;

/// <summary>
/// Zones shaped to find work that grows faster than the zone: one owner with a huge RRset, long chains and loops of
/// names, deep names, many spellings of one name, many DNSSEC keys of one key tag, many types at one name, many <c>$GENERATE</c> lines, includes that fan out, a pragma per record, long SVCB parameter lists, DMARC and SPF records of thousands of tags, a lattice of SPF includes, many includes of one large SPF record, many report URIs naming one authorization name, one MX exchange under every preference, many NSEC3PARAM salts beside NSEC3 records of another, many CDNSKEYs beside many keys, deep names under an NSEC3 chain, a zone 1,500 directories deep. Each is small text that a linter might turn into quadratic time,
/// deep recursion or memory out of proportion; docs/fuzzing.md has what each took.
/// </summary>
internal static class HostileShapes
{
    private const string Top = "$ORIGIN example.com.\n$TTL 1h\n@ SOA ns1 hostmaster 1 2h 1h 1w 5m\n NS ns1\n NS ns2\nns1 A 192.0.2.1\nns2 A 192.0.2.2\n";

    /// <summary>Writes one file per shape into <paramref name="directory"/>, each of about <paramref name="n"/> records.</summary>
    public static void Write(string directory, int n)
    {
        Directory.CreateDirectory(directory);
        var inv = CultureInfo.InvariantCulture;
        string Ip(int i) => string.Create(inv, $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}");
        var keys = new Lazy<string[]>(() => KeysOfOneTag(Math.Max(2, n / 20)));
        static string Strings(string text) => string.Join(" ", text.Chunk(255).Select(c => "\"" + new string(c) + "\""));
        var shapes = new (string Name, int Count, Func<int, string> Line)[]
        {
            ("one-owner-a", n, i => $"big A {Ip(i)}\n"),
            ("one-owner-spf", n, i => $"big TXT \"v=spf1 ip4:{Ip(i)} -all\"\n"),
            ("one-owner-cname", n, i => $"big CNAME t{i}\n"),
            ("one-owner-dname", n, i => $"big DNAME t{i}.example.net.\n"),
            ("one-owner-mx", n, i => $"big MX {i % 65535} mx{i}\nmx{i} A {Ip(i)}\n"),
            ("one-owner-ns", n, i => $"sub NS ns{i}.sub\nns{i}.sub A {Ip(i)}\n"),
            ("duplicates", n, _ => "dup A 192.0.2.7\n"),
            ("cname-chain", n, i => $"c{i} CNAME c{i + 1}\n"),
            ("cname-loop", n, i => $"l{i} CNAME l{(i + 1) % n}\n"),
            ("dname-chain", n / 4, i => $"d{i} DNAME d{i + 1}.example.com.\n"),
            ("spf-include-chain", n / 4, i => $"s{i} TXT \"v=spf1 include:s{i + 1}.example.com -all\"\n"),
            ("spf-include-loop", n / 100, i => $"r{i:D5} TXT \"v=spf1 include:r{(i + 1) % (n / 100):D5}.example.com -all\"\n"),
            ("wildcards", n / 2, i => $"*.w{i} A 192.0.2.4\n*.w{i} TXT \"x\"\nsub.w{i} CNAME *.w{i}\n"),
            ("deep-names", n / 2, i => $"{string.Concat(Enumerable.Repeat("a.", 115))}h{i} A 192.0.2.3\n"),
            ("case-variants", n, i => $"{string.Concat("abcdefghijklmnopqr".Select((c, k) => ((i >> k) & 1) != 0 ? char.ToUpperInvariant(c) : c))} A {Ip(i)}\n"),
            ("dnskey-tag-collisions", n / 10, i => i < n / 20 ? $"@ DNSKEY 256 3 8 {keys.Value[i]}\n" : $"h{i} A {Ip(i)}\nh{i} RRSIG A 8 3 3600 20301231000000 20200101000000 {SharedTag} example.com. {Convert.ToBase64String(Convert.FromBase64String(keys.Value[i - (n / 20)])[4..])}\n"),
            ("cds-tag-collisions", n / 10, i => i < n / 20 ? $"@ DNSKEY 256 3 8 {keys.Value[i]}\n" : $"@ CDS {SharedTag} 8 2 {Convert.ToHexString(SHA256.HashData(BitConverter.GetBytes(i)))}\n"),
            ("many-types", n / 5, i => i == 0 ? $"@ DNSKEY 256 3 8 {keys.Value[0]}\n" : i <= n / 10 ? $"x TYPE{999 + i} \\# 0\n" : $"x RRSIG TYPE{999 + i - (n / 10)} 8 3 3600 20301231000000 20200101000000 {SharedTag} example.com. {Convert.ToBase64String(Convert.FromBase64String(keys.Value[1])[4..])}\n"),
            ("generate-lines", 10, i => $"$GENERATE 1-1000000 g{i}-$ A 10.{i}.0.1\n"),
            ("pragma-per-line", n, _ => "dup A 192.0.2.7 ; zonelint disable-line ZL7001\n"),
            ("pragma-pairs", n / 2, i => $"; zonelint disable ZL7001\npair{i % 10} A 192.0.2.8\n; zonelint restore ZL7001\n"),
            ("dmarc-many-tags", n / 1000, i => $"_dmarc.d{i} TXT {Strings("v=DMARC1; p=reject; " + string.Join("; ", Enumerable.Range(0, 6_000).Select(k => $"x{k}=y")))}\n"),
            ("spf-many-modifiers", n / 1000, i => $"m{i} TXT {Strings("v=spf1 " + string.Join(" ", Enumerable.Range(0, 6_000).Select(k => $"x{k}=y")) + " -all")}\n"),
            ("svcb-lists", n / 2000, i => $"_g{i} SVCB 1 t.example.net. tls-supported-groups={string.Join(",", Enumerable.Range(1, 30_000))}\n_o{i} SVCB 1 t.example.net. oots={string.Join(",", Enumerable.Range(1, 8_000).Select(k => $"t{k}:1"))}\n"),
            ("spf-include-lattice", 30 * 3, i => $"l{i / 3}w{i % 3} TXT \"v=spf1 {(i / 3 < 29 ? string.Join(" ", Enumerable.Range(0, 3).Select(j => $"include:l{(i / 3) + 1}w{j}.example.com")) : "a")} -all\"\n"),
            ("spf-includes-of-one-large-record", n / 1000, i => i == 0 ? $"big TXT {Strings("v=spf1 " + string.Join(" ", Enumerable.Range(0, 2_000).Select(k => $"ip4:{Ip(k)}")) + " -all")}\n" : $"s{i} TXT {Strings("v=spf1 " + string.Concat(Enumerable.Repeat("include:big.example.com ", 2_000)) + "-all")}\n"),
            ("dmarc-report-authorization", n, i => i == 0 ? "_dmarc.x TXT \"v=DMARC1; p=reject; psd=n\"\n" : i <= n / 1000 ? $"_dmarc.y TXT {Strings("v=DMARC1; p=reject; psd=n; rua=" + string.Join(",", Enumerable.Range(0, 2_000).Select(k => $"mailto:r{k}@x.example.com")))}\n" : $"y.example.com._report._dmarc.x TXT \"t{i}\"\n"),
            ("mx-one-exchange-every-preference", n, i => $"m{i / 65_536} MX {i % 65_536} mail\n"),
            ("nsec3param-salts", n / 5, i => i < n / 10 ? $"@ NSEC3PARAM 1 0 0 {i:x8}\n" : $"{Convert.ToHexString(SHA1.HashData(BitConverter.GetBytes(i))).ToLowerInvariant()[..32]} NSEC3 1 0 0 ff 00000000000000000000000000000000 A\n"),
            ("nsec3-deep-names", n / 50, i => i == 0 ? "@ NSEC3PARAM 1 0 150 -\n0p9mhaveqvm6t7vbl5lop2u3t2rp3tom NSEC3 1 0 150 - 0p9mhaveqvm6t7vbl5lop2u3t2rp3ton A\n" : $"{string.Concat(Enumerable.Repeat("a.", 114))}n{i} A 192.0.2.3\n"),
            ("cdnskey-not-keys", n / 5, i => i < n / 10 ? $"@ DNSKEY 256 3 253 {Convert.ToBase64String(BitConverter.GetBytes((long)i))}\n" : $"@ CDNSKEY 256 3 253 {Convert.ToBase64String(BitConverter.GetBytes((long)i + n))}\n"),
        };

        // Sixteen levels of files, each including the next ten times: 10^16 reads of a few hundred bytes of text.
        const int FanOutLevels = 16;
        for (int level = 1; level <= FanOutLevels; level++)
        {
            string body = level == FanOutLevels ? "; the last level\n" : string.Concat(Enumerable.Repeat($"$INCLUDE include-fan-out-{level + 1}.inc\n", 10));
            File.WriteAllText(Path.Combine(directory, $"include-fan-out-{level}.inc"), body);
        }

        File.WriteAllText(Path.Combine(directory, "include-fan-out.zone"), Top + string.Concat(Enumerable.Repeat("$INCLUDE include-fan-out-1.inc\n", 10)));

        // A zone 1,500 directories deep (3 KB of path, below PATH_MAX with room for the output directory) including a
        // file beside it 100 times: each real path was resolved component by component, every lookup walking it again.
        string deep = Path.Combine(directory, "deep-path", Path.Combine(Enumerable.Repeat("d", 1_500).ToArray()));
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "deep.inc"), "deep A 192.0.2.5\n");
        File.WriteAllText(Path.Combine(deep, "deep-path.zone"), Top + string.Concat(Enumerable.Repeat("$INCLUDE deep.inc\n", 100)));

        foreach (var (name, count, line) in shapes)
        {
            using var writer = new StreamWriter(Path.Combine(directory, name + ".zone"), false, new UTF8Encoding(false));
            writer.Write(Top);
            for (int i = 0; i < count; i++)
            {
                writer.Write(line(i));
            }
        }
    }

    private const ushort SharedTag = 4242;

    /// <summary>
    /// <paramref name="count"/> RSA public keys (RFC 3110 form, base64) that all have key tag <see cref="SharedTag"/> with
    /// flags 256 and algorithm 8: random 2048-bit moduli whose last two octets are set to make the tag's sum come out.
    /// Any modulus is a key a verifier imports, so each costs a verification when a signature names the tag; their moduli
    /// serve as signatures of the right length that verify under none of them.
    /// </summary>
    private static string[] KeysOfOneTag(int count)
    {
        var random = new Random(42);
        var keys = new string[count];
        var key = new byte[4 + 256];
        for (int made = 0; made < count;)
        {
            random.NextBytes(key);
            key[0] = 3;
            key[1] = 1;
            key[2] = 0;
            key[3] = 1;
            key[4] |= 0x80;
            key[^2] = 0;
            key[^1] = 0;
            int word = (SharedTag - ZoneLint.Model.Records.DnssecKeyData.ComputeKeyTag(256, 3, 8, key)) & 0xFFFF;
            key[^2] = (byte)(word >> 8);
            key[^1] = (byte)word;
            if ((key[^1] & 1) == 1 && ZoneLint.Model.Records.DnssecKeyData.ComputeKeyTag(256, 3, 8, key) == SharedTag)
            {
                keys[made++] = Convert.ToBase64String(key);
            }
        }

        return keys;
    }
}
