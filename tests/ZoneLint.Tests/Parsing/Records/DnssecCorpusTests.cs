using System.Security.Cryptography;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>DNSSEC RDATA against the conformance corpus (BIND, ldns, the 2017 root zone).</summary>
public class DnssecCorpusTests
{
    private static string Bind(params string[] parts) => Path.Combine([Repository.Corpus, "bind-checkzone", .. parts]);

    private static string Zones(string file) => Bind("checkzone", "zones", file);

    private static ParseResult ParseFile(string path, string origin) =>
        ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Parse(origin) });

    [Test]
    public void Bind_master6_reads_dnskey_flag_mnemonics()
    {
        // EXPECT.tsv: ISC_R_SUCCESS; FLAG2|FLAG4|FLAG5|NTYP3|FLAG8|FLAG9|FLAG10|FLAG11|SIG15 in either case.
        var result = ParseFile(Bind("libdns-master", "testdata", "master", "master6.data"), "test.");
        Assert.That(result.Diagnostics, Is.Empty, DnssecSvcbAssert.Describe(result));
        var keys = result.Zone.Records.Where(r => r.Type == RRType.DNSKEY).Select(r => (DnskeyData)r.Data).ToList();
        Assert.That(keys, Has.Count.EqualTo(2));
        Assert.That(keys.Select(k => (k.Flags, k.Protocol, k.Algorithm)), Is.All.EqualTo(((ushort)0x2FFF, (byte)3, (byte)3)));
        Assert.That(keys[1], Is.EqualTo(keys[0]));
    }

    [Test]
    public void Bind_master7_dnskey_without_key_material_is_rejected()
    {
        // EXPECT.tsv: ISC_R_UNEXPECTEDEND for both records (NOKEY flags, no key).
        var result = ParseFile(Bind("libdns-master", "testdata", "master", "master7.data"), "test.");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0002", "ZL0002" }));
        Assert.That(result.Diagnostics.Select(d => d.Message), Is.All.Contain("public key"));
        Assert.That(result.Zone.Records.Where(r => r.Type == RRType.DNSKEY), Is.Empty);
    }

    [TestCase("bad-nsec3-padded.db", 9, 4, "padding")]
    [TestCase("bad-nsec3-length.db", 6, 62, "20 octets")]
    public void Bind_bad_nsec3_is_rejected(string file, int line, int column, string message)
    {
        // BIND names line 8 for the padded case (where the record starts); the token itself is on line 9.
        var result = ParseFile(Zones(file), "example.");
        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column)), Is.EqualTo(new[] { ("ZL0002", line, column) }), DnssecSvcbAssert.Describe(result));
        Assert.That(result.Diagnostics[0].Message, Does.Contain(message));
    }

    // These load in BIND, or fail there for reasons beyond the RDATA: bad-nsec3owner-padded.db is check-names on
    // an NSEC3 owner, bad-cds.db and bad-cdnskey.db the CDS/CDNSKEY consistency check, the warn.* zones deprecation
    // warnings. All of that is for rules; the RDATA itself must read cleanly.
    [TestCase("good-nsec3-nopadhash.db", "example.")]
    [TestCase("bad-nsec3owner-padded.db", "example.")]
    [TestCase("good-cds.db", "example.")]
    [TestCase("good-cdnskey.db", "example.")]
    [TestCase("good-cds-unsigned.db", "example.")]
    [TestCase("bad-cds.db", "example.")]
    [TestCase("bad-cdnskey.db", "example.")]
    [TestCase("warn.deprecated.rsasha1.db", "example.")]
    [TestCase("warn.deprecated.nsec3rsasha1.db", "example.")]
    [TestCase("warn.deprecated.cds-sha1.db", "example.")]
    [TestCase("warn.deprecated.digest-sha1.db", "example.")]
    [TestCase("warn.deprecated.ds-alg.db", "example.")]
    [TestCase("crashzone.db", "dyn.example.net.")]
    public void Bind_zones_with_dnssec_records_read_cleanly(string file, string origin)
    {
        var result = ParseFile(Zones(file), origin);
        Assert.That(result.Diagnostics.Where(d => d.Id is "ZL0002" or "ZL0003" or "ZL0004"), Is.Empty, DnssecSvcbAssert.Describe(result));
    }

    [Test]
    public void Bind_good_cds_matches_its_dnskey()
    {
        var zone = ParseFile(Zones("good-cds.db"), "example.").Zone;
        var key = (DnskeyData)zone.Records.Single(r => r.Type == RRType.DNSKEY).Data;
        var cds = (CdsData)zone.Records.Single(r => r.Type == RRType.CDS).Data;
        Assert.That(key.KeyTag, Is.EqualTo(cds.KeyTag));
        Assert.That(SHA256.HashData([.. zone.Origin.ToWireForTest(), .. key.ToWire()]), Is.EqualTo(cds.Digest.ToArray()));
    }

    [Test]
    public void Bind_key_ids_in_comments_are_the_computed_key_tags()
    {
        var zsk = ParseFile(Zones("warn.deprecated.digest-sha1.db"), "example.").Zone.Records.Single(r => r.Type == RRType.DNSKEY);
        Assert.That(((DnskeyData)zsk.Data).KeyTag, Is.EqualTo(46204));
        var rsa = ParseFile(Zones("warn.deprecated.nsec3rsasha1.db"), "example.").Zone.Records.Single(r => r.Type == RRType.DNSKEY);
        Assert.That(((DnskeyData)rsa.Data).KeyTag, Is.EqualTo(41424));
    }

    [Test]
    public void Root_zone_reads_cleanly_with_typed_dnssec_records()
    {
        var result = ParseFile(Path.Combine(Repository.Corpus, "other", "root-zone", "root.zone"), ".");
        Assert.That(result.Diagnostics, Is.Empty, DnssecSvcbAssert.Describe(result));
        var records = result.Zone.Records;
        Assert.That(records.Count(r => r.Data is RrsigData), Is.EqualTo(2950));
        Assert.That(records.Count(r => r.Data is NsecData), Is.EqualTo(1548));
        Assert.That(records.Count(r => r.Data is DsData), Is.EqualTo(2772));
        Assert.That(records.Count(r => r.Data is DnskeyData), Is.EqualTo(3));

        // Every RRSIG in it expired in September 2017. In August 2017 the root had two KSKs, KSK-2010 (tag 19036) and
        // KSK-2017 (tag 20326), and KSK-2010 signed the DNSKEY RRset.
        var expiry = new DateTimeOffset(2017, 9, 11, 0, 0, 0, TimeSpan.Zero);
        Assert.That(records.Select(r => r.Data).OfType<RrsigData>().Where(s => !s.IsExpiredAt(expiry)), Is.Empty);
        var ksks = records.Select(r => r.Data).OfType<DnskeyData>().Where(k => k.IsSecureEntryPoint).Select(k => k.KeyTag);
        Assert.That(ksks, Is.EquivalentTo(new ushort[] { 19036, 20326 }));
        Assert.That(records.Select(r => r.Data).OfType<RrsigData>().Any(s => s.TypeCovered == RRType.DNSKEY && s.KeyTag == 19036), Is.True);
    }

    [TestCase("A.1.Simple-EXAMPLE-Zone", "example.", 1)]
    [TestCase("A.2.Complex-EXAMPLE-Zone", "example.", 2)]
    [TestCase("A.3.EXAMPLE-Zone-with-multiple-digests", "example.", 4)]
    [TestCase("A.4.The-URI.ARPA-Zone", "uri.arpa.", 1)]
    [TestCase("A.5.The-ROOT-SERVERS.NET-Zone", "root-servers.net.", 1)]
    [TestCase("repeated-ZONEMD-scheme-and-algorithm", "example.", 2)]
    public void Ldns_zonemd_zones_read_cleanly(string file, string origin, int zonemdCount)
    {
        // The repeated-scheme file fails ldns-verify-zone for a duplicate scheme and algorithm (and A.2 has a ZONEMD
        // below the apex, which verifiers ignore): a rule's business, not the parser's.
        var result = ParseFile(Path.Combine(Repository.Corpus, "other", "ldns", "25-ZONEMD", file), origin);
        Assert.That(result.Diagnostics.Where(d => d.Id is "ZL0002" or "ZL0003" or "ZL0004"), Is.Empty, DnssecSvcbAssert.Describe(result));
        Assert.That(result.Zone.Records.Count(r => r.Data is ZonemdData), Is.EqualTo(zonemdCount));
    }

    [Test]
    public void Ldns_zonereader_dnssec_records_read_with_algorithm_mnemonics()
    {
        string path = Path.Combine(Repository.Corpus, "other", "ldns", "08-zonereader", "08-zonereader.inputzone");
        var result = ParseFile(path, "jelte.nlnetlabs.nl.");
        var expected = File.ReadAllLines(path)
            .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 4)
            .GroupBy(f => f[3])
            .ToDictionary(g => g.Key, g => g.Count());
        var records = result.Zone.Records;
        Assert.That(records.Count(r => r.Data is RrsigData), Is.EqualTo(expected["RRSIG"]));
        Assert.That(records.Count(r => r.Data is NsecData), Is.EqualTo(expected["NSEC"]));
        Assert.That(records.Count(r => r.Data is DsData), Is.EqualTo(expected["DS"]));
        Assert.That(records.Count(r => r.Data is DnskeyData), Is.EqualTo(expected["DNSKEY"]));
        Assert.That(records.Select(r => r.Data).OfType<RrsigData>().Select(s => s.Algorithm), Is.All.EqualTo(5), "RSASHA1 is algorithm 5");
    }
}

/// <summary>Test-only access to a name's wire form.</summary>
internal static class DomainNameTestExtensions
{
    public static byte[] ToWireForTest(this DomainName name) => name.Wire.ToArray();
}
