using System.Globalization;
using System.Text;

namespace ZoneLint.Benchmarks;

/// <summary>
/// Zones shaped to find work that grows faster than the zone: one owner with a huge RRset, long chains and loops of
/// names, deep names, many spellings of one name, many <c>$GENERATE</c> lines. Each is small text that a linter might turn into quadratic time,
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
            ("generate-lines", 10, i => $"$GENERATE 1-1000000 g{i}-$ A 10.{i}.0.1\n"),
        };

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
}
