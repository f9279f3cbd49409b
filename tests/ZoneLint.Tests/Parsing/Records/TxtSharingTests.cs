using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>
/// Equal TXT data written plainly (quoted printable ASCII, one space apart on one line) is kept once; data whose strings
/// hold other octets keeps, per record, where they were written, so each record has its own.
/// </summary>
public class TxtSharingTests
{
    [TestCase("plain text", true)]
    [TestCase(" ~spaces and tildes~ ", true)]
    [TestCase("a\tb", false)]
    [TestCase("caf\u00e9", false)]
    [TestCase("del\u007f", false)]
    [TestCase("a\\\"quote", false)]
    public void Equal_data_is_one_instance_only_when_written_plainly(string text, bool shared)
    {
        var zone = ZoneParser.Parse($"$ORIGIN example.com.\n$TTL 300\na TXT \"{text}\"\nb TXT \"{text}\"\n").Zone;
        var a = (TxtData)zone.Get(DomainName.Parse("a.example.com."), RRType.TXT)[0].Data;
        var b = (TxtData)zone.Get(DomainName.Parse("b.example.com."), RRType.TXT)[0].Data;
        Assert.That(a, Is.EqualTo(b));
        Assert.That(ReferenceEquals(a, b), Is.EqualTo(shared));
        Assert.That(a.StringPositions is null, Is.EqualTo(shared));
    }
}
