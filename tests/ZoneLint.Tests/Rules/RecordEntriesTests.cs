using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Rules.Dkim;
using ZoneLint.Rules.Dmarc;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Tests.Rules;

/// <summary>
/// The SPF, DMARC and DKIM records the rules share are walked with an enumerator of their own (it fetches records ahead);
/// it must give every entry once, in order, as the list's indexer and its interface do.
/// </summary>
public class RecordEntriesTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(5)]
    [TestCase(9)]
    [TestCase(40)]
    public void Foreach_gives_every_entry_in_order(int hosts)
    {
        var text = new StringBuilder("$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n");
        for (int i = 0; i < hosts; i++)
        {
            text.Append($"h{i} TXT \"v=spf1 ip4:192.0.2.{i} -all\"\n");
            text.Append($"_dmarc.h{i} TXT \"v=DMARC1; p=reject; rua=mailto:d{i}@example.com\"\n");
            text.Append($"s{i}._domainkey.h{i} TXT \"v=DKIM1; k=rsa; p=\"\n");
        }

        var zone = ZoneParser.Parse(text.ToString()).Zone;
        var spf = SpfRecords.InZone(zone);
        var dmarc = DmarcRecords.InZone(zone);
        var dkim = DkimKeys.InZone(zone);

        var walkedSpf = new List<string>();
        foreach (var entry in spf)
        {
            walkedSpf.Add(entry.Owner.ToString());
        }

        var walkedDmarc = new List<string>();
        foreach (var entry in dmarc)
        {
            walkedDmarc.Add(entry.At.Record.Owner.ToString());
        }

        var walkedDkim = new List<string>();
        foreach (var entry in dkim)
        {
            walkedDkim.Add(entry.At.Record.Owner.ToString());
        }

        Assert.Multiple(() =>
        {
            Assert.That(spf, Has.Count.EqualTo(hosts));
            Assert.That(dmarc, Has.Count.EqualTo(hosts));
            Assert.That(dkim, Has.Count.EqualTo(hosts));
            Assert.That(walkedSpf, Is.EqualTo(Enumerable.Range(0, hosts).Select(i => spf[i].Owner.ToString())));
            Assert.That(walkedSpf, Is.EqualTo(((IEnumerable<SpfEntry>)spf).Select(e => e.Owner.ToString())));
            Assert.That(walkedSpf, Is.EquivalentTo(Enumerable.Range(0, hosts).Select(i => $"h{i}.example.com.")));
            Assert.That(walkedDmarc, Is.EqualTo(Enumerable.Range(0, hosts).Select(i => dmarc[i].At.Record.Owner.ToString())));
            Assert.That(walkedDmarc, Is.EquivalentTo(Enumerable.Range(0, hosts).Select(i => $"_dmarc.h{i}.example.com.")));
            Assert.That(walkedDkim, Is.EqualTo(((IEnumerable<DkimKeyEntry>)dkim).Select(e => e.At.Record.Owner.ToString())));
            Assert.That(walkedDkim, Is.EquivalentTo(Enumerable.Range(0, hosts).Select(i => $"s{i}._domainkey.h{i}.example.com.")));
        });
    }
}
