using System.Globalization;
using System.Text;

namespace ZoneLint.Benchmarks;

/// <summary>
/// Writes a realistic zone of any size, the same for the same seed: hosts with A/AAAA, mail domains with MX, SPF,
/// DMARC and DKIM TXT records, aliases, CAA, SRV, and delegations with glue. Valid under named-checkzone.
/// </summary>
public sealed class ZoneGenerator(int seed)
{
    private const string DkimKey =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz6Xf7vC3Q0FhJ1tJ0m0Yy1w3oYlA8tNq2k3tC8xq0w7gJZ5b2b9mXQ2J3JpA9h4m5w3gYk8u2Pq7s0T1" +
        "y5bq3Xz9Vn6m0wQ3sX8fR9kE2tL1vD4aG6hJ7cB0nM5pQ2rS3uT4vW5xY6zA7bC8dE9fG0hI1jK2lM3nO4pQ5rS6tU7vW8xY9zA0bC1dE2fG3hI4jK5lM6nO7pQ8rS" +
        "9tU0vW1xY2zA3bC4dE5fG6hI7jK8lM9nO0pQ1rS2tU3vW4xY5zA6bC7dE8fG9hI0jK1lM2nO3pQ4rS5tU6vW7xY8zA9bC0dE1fG2hI3jK4lM5nO6pQ7rS8tU9vW0x" +
        "Y1zA2bC3dE4fG5hI6jK7lM8nO9pQ0rS1tU2vW3xY4zA5bC6dE7fG8hI9jK0lM1nO2pQ3rS4tU5vW6xY7zA8bC9dE0fG1hI2jK3lM4nO5pQ6rSwIDAQAB";

    private readonly Random random = new(seed);

    /// <summary>Writes about <paramref name="records"/> records for <paramref name="origin"/> (no trailing dot).</summary>
    public void Write(TextWriter writer, string origin, long records)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.Write($"$ORIGIN {origin}.\n$TTL 3600\n");
        writer.Write($"@ IN SOA ns1.{origin}. hostmaster.{origin}. 2026112501 7200 3600 1209600 3600\n");
        writer.Write("@ IN NS ns1\n@ IN NS ns2\nns1 IN A 192.0.2.1\nns2 IN A 192.0.2.2\n");
        writer.Write("@ IN MX 10 mail\nmail IN A 192.0.2.25\nmail IN AAAA 2001:db8::25\n");
        writer.Write("@ IN TXT \"v=spf1 mx -all\"\n_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@" + origin + "\"\n");
        long written = 11;
        long block = 0;
        var sb = new StringBuilder(4096);
        while (written < records)
        {
            sb.Clear();
            int kind = random.Next(100);
            string host = "h" + block.ToString(inv);
            int a = (int)(block >> 16 & 0xFF), b = (int)(block >> 8 & 0xFF), c = (int)(block & 0xFF);
            if (kind < 45)
            {
                sb.Append(inv, $"{host} IN A 10.{a}.{b}.{c}\n");
                written++;
                if (random.Next(3) == 0)
                {
                    sb.Append(inv, $"{host} IN AAAA 2001:db8:{a:x}:{b:x}::{c:x}\n");
                    written++;
                }
            }
            else if (kind < 60)
            {
                sb.Append(inv, $"{host} 300 IN CNAME h{Math.Max(0, block - 1 - random.Next(50)).ToString(inv)}\n");
                written++;
            }
            else if (kind < 75)
            {
                // A mail domain: MX, SPF, DMARC, DKIM, plus the exchange's address.
                sb.Append(inv, $"{host} IN MX 10 mx.{host}\nmx.{host} IN A 10.{a}.{b}.{c}\n");
                sb.Append(inv, $"{host} IN TXT \"v=spf1 ip4:10.{a}.{b}.0/24 mx -all\"\n");
                sb.Append(inv, $"_dmarc.{host} IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@{origin}\"\n");
                sb.Append(inv, $"sel1._domainkey.{host} IN TXT \"v=DKIM1; k=rsa; \" \"p={DkimKey[..200]}\" \"{DkimKey[200..400]}\" \"{DkimKey[400..]}\"\n");
                written += 5;
            }
            else if (kind < 82)
            {
                sb.Append(inv, $"{host} IN CAA 0 issue \"letsencrypt.org\"\n{host} IN A 10.{a}.{b}.{c}\n");
                written += 2;
            }
            else if (kind < 89)
            {
                sb.Append(inv, $"_sip._tcp.{host} IN SRV 10 60 5060 {host}\n{host} IN A 10.{a}.{b}.{c}\n");
                written += 2;
            }
            else
            {
                // A delegation with in-bailiwick glue.
                sb.Append(inv, $"{host} IN NS ns1.{host}\n{host} IN NS ns2.{host}\nns1.{host} IN A 10.{a}.{b}.{c}\nns2.{host} IN AAAA 2001:db8::{a:x}:{b:x}:{c:x}\n");
                written += 4;
            }

            writer.Write(sb);
            block++;
        }
    }
}
