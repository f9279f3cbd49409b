using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Engine;

/// <summary>
/// A zone file that cannot be read is reported for that alone: the rules do not judge the empty zone that stands in for
/// it, as they judge a file that was read and holds no records.
/// </summary>
public sealed class UnreadInputTests
{
    private static readonly ZoneParseOptions Options = ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") };

    private string dir = "";

    [SetUp]
    public void SetUp() => dir = Directory.CreateTempSubdirectory("zonelint-unread").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(dir, recursive: true);

    [Test]
    public void AFileOverTheSizeLimit_IsReportedOnce_WithoutRuleFindings()
    {
        string path = Path.Combine(dir, "example.com.zone");
        File.WriteAllText(path, "$TTL 1h\n@ SOA ns hostmaster 1 2h 1h 1w 5m\n NS ns\nns A 192.0.2.1\n");
        var result = ZoneLinter.Default.Lint(ZoneParser.ParseFile(path, Options with { MaxFileSize = 16 }));
        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Message)), Is.EqualTo(new[] { ("ZL0005", $"'{path}' is larger than the limit of 16 bytes") }));
        Assert.That(result.RecordCount, Is.Zero);
    }

    [Test]
    public void AMissingFile_IsReportedOnce_WithoutRuleFindings()
    {
        string path = Path.Combine(dir, "missing.zone");
        var result = ZoneLinter.Default.Lint(ZoneParser.ParseFile(path, Options));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0005" }));
        Assert.That(result.Diagnostics[0].Message, Does.StartWith($"'{path}' cannot be read"));
    }

    [Test]
    public void AStreamOverTheSizeLimit_IsReportedOnce_WithoutRuleFindings()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string(';', 100)));
        var result = ZoneLinter.Default.Lint(ZoneParser.Parse(stream, Options with { MaxFileSize = 64 }));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0005" }));
    }

    [Test]
    public void AnEmptyFileThatWasRead_IsStillJudged()
    {
        string path = Path.Combine(dir, "empty.zone");
        File.WriteAllText(path, "; nothing yet\n");
        var result = ZoneLinter.Default.Lint(ZoneParser.ParseFile(path, Options));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("ZL6001"), string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Not.Contain("ZL0005"));
    }
}
