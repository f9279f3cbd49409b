using System.Text;
using ZoneLint.Model;

namespace ZoneLint.Tests.Dnssec;

/// <summary>
/// Writes the signed zones the DNSSEC rule pages (docs/rules/ZL81nn.md) use as examples, valid from 2025 to 2090 so the
/// catalog test, which lints them at the current time, keeps passing. Run by hand when an example must change; the
/// output goes to the directory in ZONELINT_DOC_EXAMPLES (default: the temp folder).
/// </summary>
[Explicit("writes documentation examples")]
public class DocExampleGenerator
{
    private const string Minimal = """
        $TTL 3600
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
        @ NS ns1
        ns1 A 192.0.2.1
        www A 192.0.2.10
        child NS ns1.example.net.
        """;

    private static readonly DateTimeOffset Inception = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expiration = new(2090, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Write()
    {
        string dir = Environment.GetEnvironmentVariable("ZONELINT_DOC_EXAMPLES") ?? Path.Combine(Path.GetTempPath(), "zonelint-doc-examples");
        Directory.CreateDirectory(dir);
        var csk = TestKey.Create(13, ksk: true);
        var zsk = TestKey.Create(13);
        var ed = TestKey.Create(15, ksk: true);
        var nsec = new TestSigner { Inception = Inception, Expiration = Expiration };
        var nsec3 = new TestSigner { Inception = Inception, Expiration = Expiration, Denial = TestDenial.Nsec3 };
        File.WriteAllText(Path.Combine(dir, "nsec.zone"), Relative(nsec.Sign(Minimal, "example.com.", csk)));
        File.WriteAllText(Path.Combine(dir, "nsec3.zone"), Relative(nsec3.Sign(Minimal, "example.com.", csk)));
        File.WriteAllText(Path.Combine(dir, "zsk-only.zone"), Relative(nsec.Sign(Minimal, "example.com.", zsk)));
        File.WriteAllText(Path.Combine(dir, "ed25519.zone"), Relative(nsec.Sign(Minimal, "example.com.", ed)));
        var origin = DomainName.Parse("example.com.");
        var ns = ZoneLint.Parsing.ZoneParser.Parse("child 3600 IN NS ns1.example.net.\n", ZoneLint.Parsing.ZoneParseOptions.Default with { Origin = origin }).Zone.Records[0];
        File.WriteAllText(Path.Combine(dir, "signed-delegation-ns.txt"), Relative(nsec.SignRRset(origin, ns.Owner, ns.Type, [ns], csk) + "\n"));
        File.WriteAllText(Path.Combine(dir, "keys.txt"), $"csk {CdsTesting.Dnskey(csk)}\nds {CdsTesting.Ds(csk)}\nother {CdsTesting.Dnskey(zsk)}\notherds {CdsTesting.Ds(zsk)}\n");
        TestContext.Out.WriteLine(dir);
    }

    /// <summary>Owner names relative to example.com., one record per line, no $ORIGIN line.</summary>
    private static string Relative(string signed)
    {
        var origin = DomainName.Parse("example.com.");
        var sb = new StringBuilder();
        var lines = signed.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // The SOA and its signature first, as zone files usually start.
        bool Soa(string l) => l.Contains(" IN SOA ", StringComparison.Ordinal) || l.Contains(" IN RRSIG SOA ", StringComparison.Ordinal);
        foreach (var line in lines.Where(Soa).Concat(lines.Where(l => !Soa(l))))
        {
            if (line.StartsWith('$'))
            {
                continue;
            }

            var fields = line.Split(' ', 4);
            string owner = DomainName.Parse(fields[0]).ToString(origin);
            sb.Append(owner).Append(' ').Append(fields[1]).Append(' ').Append(fields[3]).Append('\n');
        }

        return sb.ToString();
    }
}
