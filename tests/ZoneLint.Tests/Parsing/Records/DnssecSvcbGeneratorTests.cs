using FsCheck.Fluent;
using ZoneLint.Model;
using static ZoneLint.Tests.Parsing.Records.DnssecSvcbAssert;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>
/// Checks that <see cref="DnssecSvcbGenerators"/> covers the types and yields RDATA that survives printing and the
/// <c>\#</c> form; the shared round-trip property file runs them more widely.
/// </summary>
public class DnssecSvcbGeneratorTests
{
    [Test]
    public void Every_type_of_this_branch_has_a_generator()
    {
        var types = new[] { RRType.DS, RRType.CDS, RRType.DNSKEY, RRType.CDNSKEY, RRType.RRSIG, RRType.NSEC, RRType.NSEC3, RRType.NSEC3PARAM, RRType.ZONEMD, RRType.SVCB, RRType.HTTPS };
        Assert.That(DnssecSvcbGenerators.All.Keys, Is.EquivalentTo(types.Select(t => t.Value)));
    }

    [TestCaseSource(nameof(TypeNumbers))]
    public void Generated_rdata_round_trips(ushort type)
    {
        foreach (var data in Gen.Sample(DnssecSvcbGenerators.All[type], 30, 150))
        {
            Assert.That(data.Type.Value, Is.EqualTo(type));
            string text = data.ToString();
            var fromText = Single<RecordData>($"x {data.Type} {text}\n");
            Assert.That(fromText, Is.EqualTo(data), text);
            Assert.That(fromText.ToWire(), Is.EqualTo(data.ToWire()), text);
            Assert.That(fromText.ToString(), Is.EqualTo(text));
            var fromWire = Single<RecordData>($"x {data.Type} {Generic(data)}\n");
            Assert.That(fromWire, Is.EqualTo(data), text);
            Assert.That(fromWire.GetType(), Is.EqualTo(data.GetType()));
        }
    }

    private static IEnumerable<ushort> TypeNumbers() => DnssecSvcbGenerators.All.Keys.Order();
}
