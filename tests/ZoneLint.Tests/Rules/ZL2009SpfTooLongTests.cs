using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2009SpfTooLongTests
{
    /// <summary>An SPF record of <paramref name="networks"/> ip4 terms, split into quoted strings of at most 255 octets.</summary>
    private static string LongSpf(int networks)
    {
        string text = "v=spf1 " + string.Join(" ", Enumerable.Range(0, networks).Select(i => $"ip4:198.51.{i}.0/24")) + " -all";
        return string.Join(" ", text.Chunk(200).Select(c => "\"" + new string(c) + "\""));
    }

    [Test]
    public void Reports_a_record_over_450_octets()
    {
        var result = RuleTestHarness.Verify("ZL2009", $"""
            [|@|] TXT {LongSpf(25)}
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL2009").Message, Does.Contain("over the 450 RFC 7208 §3.4 recommends"));
    }

    [Test]
    public void Counts_the_other_txt_records_a_receiver_gets_with_it()
    {
        var result = RuleTestHarness.Verify("ZL2009", $"""
            [|@|] TXT "v=spf1 mx include:_spf.google.com -all"
            @ TXT "google-site-verification={new string('a', 200)}"
            @ TXT "MS=ms{new string('1', 200)}"
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL2009").Message, Does.Contain("of 3 TXT records (the SPF record alone is 38)"));
    }

    [Test]
    public void Reports_a_name_once_when_its_records_lie_apart_in_the_file()
    {
        var result = RuleTestHarness.Verify("ZL2009", $"""
            [|@|] TXT {LongSpf(25)}
            www A 192.0.2.1
            @ TXT {LongSpf(26)}
            [|mail|] TXT {LongSpf(25)}
            """);
        Assert.That(result.Diagnostics.Count(d => d.Id == "ZL2009"), Is.EqualTo(2));
    }

    [Test]
    public void Accepts_records_that_fit() => RuleTestHarness.Verify("ZL2009", $"""
        @ TXT {LongSpf(15)}
        @ TXT "google-site-verification=abc"
        """);
}
