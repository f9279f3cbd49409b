using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Rules;
using ZoneLint.Rules.Dkim;
using ZoneLint.Rules.Dmarc;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Tests.Rules;

/// <summary>
/// The DMARC and DKIM parses find their records by what the zone's TXT join worked out per owner; whatever the zone,
/// that must be, entry by entry, what the records' own owner names say, for every authoritative TXT record and its text.
/// </summary>
public class TxtOwnerKindTests
{
    [Test]
    public void Each_TXT_entry_has_its_owner_names_kind()
    {
        string[] owners = ["_dmarc", "_DMARC.sub", "a._report._dmarc", "A._Report._Dmarc.sub", "s1._domainkey", "S2._DomainKey.sub", "_dmarc._domainkey", "www", "x.child", "_dmarc.child"];
        var line = from owner in Gen.Elements(owners)
                   from kind in Gen.Choose(0, 2)
                   select kind == 0 ? $"{owner} TXT \"v=DMARC1; p=none\"\n" : kind == 1 ? $"{owner} TXT \"v=DKIM1; p=\"\n" : $"{owner} A 192.0.2.1\n";
        Prop.ForAll(Gen.ListOf(line).ToArbitrary(), lines =>
        {
            var zone = ZoneParser.Parse("$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 2 3 4 5\n@ NS ns\nchild NS ns.child\n" + string.Concat(lines)).Zone;
            var texts = SpfRecords.AuthoritativeTxt(zone);
            var kinds = SpfRecords.AuthoritativeTxtOwners(zone).ToArray();
            var expected = texts.Select(t =>
                (DmarcNames.IsPolicyName(t.Record.Owner) ? TxtOwnerKind.DmarcPolicy : DmarcNames.IsAuthorizationName(t.Record.Owner) ? TxtOwnerKind.DmarcAuthorization : TxtOwnerKind.None)
                | (DkimKeys.IsKeyName(t.Record.Owner) ? TxtOwnerKind.DkimKey : TxtOwnerKind.None));
            Assert.That(kinds, Is.EqualTo(expected));
            Assert.That(texts.Any(t => t.Record.Owner.ToString().Contains("child", StringComparison.Ordinal)), Is.False, "records below the cut are not the zone's");
            int authoritative = zone.Records.Count(r => r.Type == RRType.TXT && !r.Owner.ToString().Contains("child", StringComparison.Ordinal));
            Assert.That(texts, Has.Count.EqualTo(authoritative), "every TXT record above the cut");
            Assert.That(Enumerable.Range(0, texts.Count).All(i => texts.TextAt(i) == TxtRecordText.Join((TxtData)texts.At(i).Record.Data)), Is.True, "each with its text");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
