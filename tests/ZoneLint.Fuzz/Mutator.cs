using System.Text;

namespace ZoneLint.Fuzz;

/// <summary>
/// Mutates zone files at the byte and the token level: flips, inserts and deletes bytes, inserts pieces of the zone
/// grammar (parentheses, quotes, escapes, directives, limits), deletes, duplicates and swaps lines, and splices two
/// seeds. The same <see cref="Random"/> seed gives the same mutations.
/// </summary>
public sealed class Mutator(Random random, int maxLength = 256 * 1024)
{
    /// <summary>Pieces of the master-file grammar, and the values at its limits, inserted whole.</summary>
    public static readonly IReadOnlyList<string> GrammarTokens =
    [
        "(", ")", "\"", "\\", ";", "@", "*", ".", "..", " ", "\t", "\n", "\r\n", "\\#", "\\000", "\\255", "\\256", "\\.", "\\\"",
        "$ORIGIN", "$TTL", "$INCLUDE", "$GENERATE", "$include", "$ORIGIN .", "$TTL 1h", "$TTL 4294967295", "$INCLUDE /etc/passwd",
        "$INCLUDE ../../x", "$GENERATE 0-4294967295", "$GENERATE 0-2147483647 h$ A 192.0.2.1", "$GENERATE 1-3 h${0,3,n} A 192.0.2.$",
        "${-2147483648,255,N}", "${", "$", "IN", "CH", "HS", "ANY", "NONE", "CLASS65535", "A", "AAAA", "NS", "MX", "SOA", "CNAME",
        "DNAME", "TXT", "SPF", "PTR", "SRV", "CAA", "DS", "DNSKEY", "RRSIG", "NSEC", "NSEC3", "SVCB", "HTTPS", "TLSA", "TYPE0", "TYPE65535",
        "\\# 0", "\\# 65535", "\\# 2 00", "0", "1", "65535", "65536", "2147483647", "2147483648", "4294967295", "18446744073709551616",
        "1w2d3h4m5s", "1h", "9999999999w", "192.0.2.1", "255.255.255.255", "256.0.0.1", "2001:db8::1", "::", "::ffff:192.0.2.1",
        "example.", "example.com.", "a.b.c", "xn--bcher-kva", new string('a', 63) + ".", new string('a', 64), "\"v=spf1 -all\"",
        "\"\"", "; zonelint disable", "; zonelint disable-next-line ZL1001", "; zonelint restore", "\u00e9", "\u0000", "\uFEFF",
    ];

    private static readonly byte[] InterestingBytes =
        [0, (byte)'\n', (byte)'\r', (byte)' ', (byte)'\t', (byte)'(', (byte)')', (byte)'"', (byte)'\\', (byte)';', (byte)'$', (byte)'@', (byte)'.', (byte)'0', (byte)'9', 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF];

    private static readonly byte[][] TokenBytes = [.. GrammarTokens.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Applies one to eight random mutations to <paramref name="seed"/>; <paramref name="other"/> is spliced in when chosen.</summary>
    public byte[] Mutate(byte[] seed, byte[]? other = null)
    {
        var data = new List<byte>(seed);
        int count = 1 + random.Next(8);
        for (int i = 0; i < count; i++)
        {
            MutateOnce(data, other);
            if (data.Count > maxLength)
            {
                data.RemoveRange(maxLength, data.Count - maxLength);
            }
        }

        return [.. data];
    }

    private void MutateOnce(List<byte> data, byte[]? other)
    {
        switch (random.Next(12))
        {
            case 0 when data.Count > 0:
                data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[random.Next(data.Count)] = InterestingBytes[random.Next(InterestingBytes.Length)];
                break;
            case 2:
                data.Insert(random.Next(data.Count + 1), InterestingBytes[random.Next(InterestingBytes.Length)]);
                break;
            case 3:
            case 4:
                data.InsertRange(random.Next(data.Count + 1), TokenBytes[random.Next(TokenBytes.Length)]);
                break;
            case 5 when data.Count > 0:
            {
                int start = random.Next(data.Count);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(16)));
                break;
            }

            case 6:
                DuplicateLine(data);
                break;
            case 7:
                DeleteLine(data);
                break;
            case 8:
                SwapLines(data);
                break;
            case 9 when other is not null:
                Splice(data, other);
                break;
            case 10:
            {
                var bytes = new byte[1 + random.Next(8)];
                random.NextBytes(bytes);
                data.InsertRange(random.Next(data.Count + 1), bytes);
                break;
            }

            default:
                // Repeats a short piece many times: long lines, deep nesting, many records.
                var piece = TokenBytes[random.Next(TokenBytes.Length)];
                int times = 1 << random.Next(12);
                int at = random.Next(data.Count + 1);
                for (int i = 0; i < times && data.Count < maxLength; i++)
                {
                    data.InsertRange(at, piece);
                }

                break;
        }
    }

    private (int Start, int End) RandomLine(List<byte> data)
    {
        int at = random.Next(data.Count + 1);
        int start = at;
        while (start > 0 && data[start - 1] != (byte)'\n')
        {
            start--;
        }

        int end = at;
        while (end < data.Count && data[end] != (byte)'\n')
        {
            end++;
        }

        return (start, Math.Min(end + 1, data.Count));
    }

    private void DuplicateLine(List<byte> data)
    {
        var (start, end) = RandomLine(data);
        var line = data.GetRange(start, end - start);
        if (line.Count == 0 || line[^1] != (byte)'\n')
        {
            line.Add((byte)'\n');
        }

        int times = random.Next(4) == 0 ? 1 + random.Next(64) : 1;
        for (int i = 0; i < times; i++)
        {
            data.InsertRange(end, line);
        }
    }

    private void DeleteLine(List<byte> data)
    {
        var (start, end) = RandomLine(data);
        data.RemoveRange(start, end - start);
    }

    private void SwapLines(List<byte> data)
    {
        var (s1, e1) = RandomLine(data);
        var first = data.GetRange(s1, e1 - s1);
        data.RemoveRange(s1, e1 - s1);
        var (s2, _) = RandomLine(data);
        data.InsertRange(s2, first);
    }

    private void Splice(List<byte> data, byte[] other)
    {
        int cut = random.Next(data.Count + 1);
        int from = random.Next(other.Length + 1);
        data.RemoveRange(cut, data.Count - cut);
        data.AddRange(other.AsSpan(from).ToArray());
    }
}
