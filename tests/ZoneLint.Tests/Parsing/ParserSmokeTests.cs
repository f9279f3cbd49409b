using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests;

public class ParserSmokeTests
{
    [Test]
    public void ParsesBasicZone()
    {
        var result = ZoneParser.Parse("""
            $ORIGIN example.com.
            $TTL 1h
            @   IN SOA ns1 hostmaster ( 1 2h 1h 1w 5m )
                NS ns1
            ns1 A 192.0.2.1
            www 300 IN AAAA 2001:db8::1
            mail MX 10 ns1
            txt TXT "hello" "world"
            """);
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        Assert.That(result.Zone.Records, Has.Count.EqualTo(6));
        Assert.That(result.Zone.Records[1].Owner.ToString(), Is.EqualTo("example.com."));
        Assert.That(result.Zone.Records[0].Ttl, Is.EqualTo(3600));
        Assert.That(result.Zone.Records[3].Ttl, Is.EqualTo(300));
        Assert.That(((SoaData)result.Zone.Records[0].Data).Expire, Is.EqualTo(604800));
        Assert.That(result.Zone.Records[5].ToString(), Is.EqualTo("txt.example.com. 3600 IN TXT \"hello\" \"world\""));
        Assert.That(result.Zone.Records[4].Location, Is.EqualTo(new SourceLocation(null, 7, 1)));
    }
}
