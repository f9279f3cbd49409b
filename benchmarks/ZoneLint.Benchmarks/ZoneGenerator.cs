using System.Globalization;
using System.Text;

namespace ZoneLint.Benchmarks;

/// <summary>
/// Writes a realistic zone of any size, the same for the same seed: hosts with A/AAAA, mail domains with MX, SPF,
/// DMARC and (two in three) DKIM TXT records, aliases, CAA, SRV, and delegations with glue. Valid under named-checkzone.
/// </summary>
public sealed class ZoneGenerator(int seed)
{
    // A real 2048-bit RSA public key (SubjectPublicKeyInfo, Base64), so the DKIM rules find nothing to say about it.
    private const string DkimKey =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3P8kYHUah+T7ng3gIsSwuM+nvbaC16Q9tjmuwe//5V750PdvFApYgKXozjl9Nh526CJBpYnUEBsNnW8Krjj2T/" +
        "klVbTiyEV98s5GnU5iC73DVgYbgHxAeKjygayWHAvMpo1EfeOtHjlrIaYpbhTtAROUiZoGvEIJ+1ddM/Sl58gEssBEJCAK06w+W2o8s9q5/gbmnT2KEHrLH/JzSt/q2swE" +
        "H4KilgBxgohJAQlNBH5mh4IdG56ck0uinKgZINw9ePd1wo7kS2FXoI1d4RZFtkNYIk6SvRXky2WGON2j8lMyWGsIxFOSjSPfvA37pRBGF6QGxjAXtwdGsmzblw1dnwIDAQ" +
        "AB";

    private readonly Random random = new(seed);

    // Recent hosts that own addresses: CNAME targets, so aliases point at canonical names (no chains).
    private readonly long[] addressHosts = new long[64];
    private int addressHostCount;

    /// <summary>Writes <paramref name="records"/> records, or up to four more, for <paramref name="origin"/> (no trailing dot).</summary>
    public void Write(TextWriter writer, string origin, long records)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.Write($"$ORIGIN {origin}.\n$TTL 3600\n");
        writer.Write($"@ IN SOA ns1.{origin}. hostmaster.{origin}. 2026112501 7200 3600 1209600 3600\n");
        writer.Write("@ IN NS ns1\n@ IN NS ns2\nns1 IN A 192.0.2.1\nns2 IN A 192.0.2.2\n");
        writer.Write("@ IN MX 10 mail\nmail IN A 192.0.2.25\nmail IN AAAA 2001:db8::25\n");
        writer.Write("@ IN TXT \"v=spf1 mx -all\"\n_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@" + origin + "\"\n");
        long written = 10;
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
                addressHosts[addressHostCount++ % addressHosts.Length] = block;
                if (random.Next(3) == 0)
                {
                    sb.Append(inv, $"{host} IN AAAA 2001:db8:{a:x}:{b:x}::{c:x}\n");
                    written++;
                }
            }
            else if (kind < 60)
            {
                if (addressHostCount == 0)
                {
                    continue;
                }

                long target = addressHosts[random.Next(Math.Min(addressHostCount, addressHosts.Length))];
                sb.Append(inv, $"{host} 300 IN CNAME h{target.ToString(inv)}\n");
                written++;
            }
            else if (kind < 75)
            {
                // A mail domain: MX, SPF, DMARC, DKIM, plus the exchange's address.
                sb.Append(inv, $"{host} IN MX 10 mx.{host}\nmx.{host} IN A 10.{a}.{b}.{c}\n");
                sb.Append(inv, $"{host} IN TXT \"v=spf1 ip4:10.{a}.{b}.0/24 mx -all\"\n");
                sb.Append(inv, $"_dmarc.{host} IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@{origin}\"\n");
                written += 4;
                if (random.Next(3) != 0)
                {
                    // A 2048-bit key does not fit one 255-octet string: split as DNS hosting panels do.
                    sb.Append(inv, $"sel1._domainkey.{host} IN TXT \"v=DKIM1; k=rsa; \" \"p={DkimKey[..200]}\" \"{DkimKey[200..]}\"\n");
                    written++;
                }
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
