using System.Net;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Model;

/// <summary>
/// A record is a value: equal when RFC 2181 §5 says it is the same record, whatever its TTL or place, and
/// <c>default</c> is no record, which the zone and the rule context refuse rather than read as one.
/// </summary>
public sealed class ResourceRecordValueTests
{
    private static readonly DomainName Www = DomainName.Parse("www.example.com.");

    [ZoneRule("ACME010", "Reports a default record", "never", "Naming", DiagnosticSeverity.Error)]
    private sealed class ReportsDefault : ZoneRule
    {
        public override void Analyze(RuleContext context) => context.Report(default(ResourceRecord), "x");
    }

    [Test]
    public void Records_are_equal_when_owner_class_type_and_data_are_whatever_the_ttl_and_place()
    {
        var a = new ResourceRecord(Www, 300, new AData(IPAddress.Parse("192.0.2.1")), new SourceLocation("a.zone", 3, 1));
        var sameButCaseTtlAndPlace = new ResourceRecord(DomainName.Parse("WWW.Example.COM."), 60, new AData(IPAddress.Parse("192.0.2.1")), new SourceLocation("b.zone", 9, 4));
        var otherAddress = new ResourceRecord(Www, 300, new AData(IPAddress.Parse("192.0.2.2")));
        var otherClass = new ResourceRecord(Www, RRClass.CH, 300, true, new AData(IPAddress.Parse("192.0.2.1")), default, default);
        Assert.Multiple(() =>
        {
            Assert.That(a == sameButCaseTtlAndPlace, Is.True);
            Assert.That(a.Equals(sameButCaseTtlAndPlace), Is.True);
            Assert.That(a.GetHashCode(), Is.EqualTo(sameButCaseTtlAndPlace.GetHashCode()));
            Assert.That(a != otherAddress, Is.True);
            Assert.That(a == otherClass, Is.False);
            Assert.That(a.Equals((object)sameButCaseTtlAndPlace), Is.True, "boxed");
            Assert.That(a.Equals((object)"www.example.com."), Is.False);
        });
    }

    [Test]
    public void Default_is_no_record_and_equals_only_itself()
    {
        var record = new ResourceRecord(Www, 300, new TxtData("x"));
        ResourceRecord none = default;
        Assert.Multiple(() =>
        {
            Assert.That(none.IsDefault, Is.True);
            Assert.That(record.IsDefault, Is.False);
            Assert.That(none == default(ResourceRecord), Is.True);
            Assert.That(none == record || record == none, Is.False);
            Assert.That(none.ToString(), Is.Empty);
            Assert.That(none.GetHashCode(), Is.EqualTo(default(ResourceRecord).GetHashCode()));
        });
    }

    [Test]
    public void A_zone_refuses_a_default_record_and_says_which()
    {
        var records = new ResourceRecord[3];
        records[0] = new ResourceRecord(Www, 300, new TxtData("x"));
        records[2] = new ResourceRecord(Www, 300, new TxtData("y"));
        var thrown = Assert.Throws<ArgumentException>(() => Zone.Create(DomainName.Parse("example.com."), records));
        Assert.Multiple(() =>
        {
            Assert.That(thrown!.ParamName, Is.EqualTo("records"));
            Assert.That(thrown.Message, Does.StartWith("Record 1 is default(ResourceRecord)"));
        });
    }

    [Test]
    public void A_rule_that_reports_a_default_record_fails_as_a_finding_not_a_crash()
    {
        var linter = ZoneLinter.CreateBuilder().Use<ReportsDefault>().Build();
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete("www A 192.0.2.1\n"), linter: linter);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.Id), Has.No.Member("ACME010"));
            Assert.That(result.Diagnostics.Single(d => d.Id == "ZL0090").Message, Does.StartWith("rule ACME010 failed: ArgumentException: default(ResourceRecord) is not a record"));
        });
    }

    [Test]
    public void A_record_ref_reads_the_record_at_its_place_in_the_zone_and_refuses_records_that_are_not_the_zones()
    {
        var zone = Zone.Create(DomainName.Parse("example.com."), [
            new ResourceRecord(Www, 300, new TxtData("first")),
            new ResourceRecord(DomainName.Parse("a.example.com."), 300, new TxtData("elsewhere")),
            new ResourceRecord(Www, 300, new TxtData("second")),
        ]);
        var rrset = zone.Get(Www, RRType.TXT);
        ResourceRecord[] copies = [.. rrset];
        var second = RecordRef.To(zone, rrset, 1).Record;
        var first = RecordRef.To(zone, rrset, 0).Record;
        Assert.Multiple(() =>
        {
            Assert.That(second.Data.ToString(), Is.EqualTo(copies[1].Data.ToString()));
            Assert.That(first.Data.ToString(), Is.EqualTo(copies[0].Data.ToString()));
            Assert.That(first.Data.ToString(), Is.Not.EqualTo(second.Data.ToString()));
            Assert.Throws<ArgumentException>(() => RecordRef.To(zone, copies, 0));
        });
    }
}
