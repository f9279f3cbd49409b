using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8009ChildKeyWithoutDnskeyTests
{
    /// <summary>The key and SHA-1 DS of RFC 4034 §5.4, here as the apex key of dskey.example.com. and its CDS.</summary>
    private const string Key = "256 3 5 AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjMmmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/rljwvFw==";

    private const string Head = $"""
        $ORIGIN dskey.example.com.
        $TTL 86400
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
        @ NS ns1.example.net.
        @ NS ns2.example.net.
        @ DNSKEY {Key}

        """;

    private static void Verify(string markup)
    {
        var (text, marks) = RuleTestHarness.ParseMarkup(Head + markup);
        var parsed = ZoneParser.Parse(text, ZoneParseOptions.Default with { Origin = DomainName.Parse("dskey.example.com.") });
        Assert.That(parsed.Diagnostics, Is.Empty);
        var result = ZoneLinter.Default.Lint(parsed);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8009").Select(d => (d.Location.Line, d.Location.Column)), Is.EquivalentTo(marks), string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void Accepts_a_cds_whose_digest_matches_the_key() => Verify("""
        @ CDS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118
        @ CDNSKEY 256 3 5 AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjMmmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/rljwvFw==
        """);

    [Test]
    public void Reports_a_wrong_digest_tag_or_algorithm() => Verify("""
        [|@|] CDS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292119
        [|@|] CDS 60486 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118
        [|@|] CDS 60485 8 2 0000000000000000000000000000000000000000000000000000000000000000
        """);

    [Test]
    public void Reports_a_cdnskey_that_is_not_a_published_key() => Verify("""
        [|@|] CDNSKEY 257 3 5 AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjMmmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/rljwvFw==
        """);

    [Test]
    public void Accepts_delete_requests() => Verify("""
        @ CDS 0 0 0 00
        @ CDNSKEY 0 3 0 AA==
        """);
}
