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

    [TestCase(true, TestName = "Equal texts share one joined string in a parsed zone, whose equal data is one instance")]
    [TestCase(false, TestName = "Equal texts share one joined string in a zone built in code, whose data is not")]
    public void Equal_texts_are_joined_once(bool parsed)
    {
        const string Text = "$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 2 3 4 5\na TXT \"v=spf1 -all\"\nb TXT \"v=spf1\" \" -all\"\nc TXT \"v=spf1 -all\"\nd TXT \"other\"\n";
        var zone = ZoneParser.Parse(Text).Zone;
        if (!parsed)
        {
            zone = Zone.Create(zone.Origin, zone.Records.Select(r => r.Type == RRType.TXT ? new ResourceRecord(r.Owner, r.Ttl, new TxtData(((TxtData)r.Data).Strings)) : r));
        }

        var texts = SpfRecords.AuthoritativeTxt(zone);
        var byOwner = Enumerable.Range(0, texts.Count).ToDictionary(i => texts.At(i).Record.Owner.ToString(), texts.TextAt);
        var data = Enumerable.Range(0, texts.Count).ToDictionary(i => texts.At(i).Record.Owner.ToString(), i => texts.At(i).Record.Data);
        Assert.That(ReferenceEquals(data["a.example.com."], data["c.example.com."]), Is.EqualTo(parsed), "the parser shares equal data");
        Assert.That(byOwner["a.example.com."], Is.SameAs(byOwner["c.example.com."]));
        Assert.That(byOwner["b.example.com."], Is.EqualTo("v=spf1 -all"));
        Assert.That(byOwner["b.example.com."], Is.Not.SameAs(byOwner["a.example.com."]), "strings written apart are other data");
        Assert.That(byOwner["d.example.com."], Is.EqualTo("other"));
    }
}
