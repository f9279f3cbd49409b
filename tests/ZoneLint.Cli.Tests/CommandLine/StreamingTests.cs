using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary><c>check --streaming</c>: one pass, bounded memory, the per-owner rules only.</summary>
public sealed class StreamingTests
{
    [Test]
    public void Check_Streaming_SkipsRulesThatFollowNamesAcrossTheZone()
    {
        // The MX points at an alias (ZL1001): that needs the alias's node, so streaming does not report it.
        var whole = InProcess.Run("check", "--fail-on", "warning", Repository.Zone("mx-alias.example.zone"));
        var streamed = InProcess.Run("check", "--streaming", "--fail-on", "warning", Repository.Zone("mx-alias.example.zone"));

        Assert.Multiple(() =>
        {
            Assert.That(whole.ExitCode, Is.EqualTo(1), whole.ToString);
            Assert.That(whole.Stdout, Does.Contain("ZL1001"));
            Assert.That(streamed.ExitCode, Is.Zero, streamed.ToString);
            Assert.That(streamed.Stdout, Does.Not.Contain("ZL1001").And.Contain("zonelint: 1 file, 7 records"));
        });
    }

    [Test]
    public void Check_Streaming_LimitsRecordsOnlyWhenAsked()
    {
        var limited = InProcess.Run("check", "--streaming", "--max-records", "3", Repository.Zone("mx-alias.example.zone"));
        var unlimited = InProcess.Run("check", "--streaming", Repository.Zone("mx-alias.example.zone"));

        Assert.Multiple(() =>
        {
            Assert.That(limited.Stdout, Does.Contain("more than 3 records, the configured limit"), limited.ToString);
            Assert.That(unlimited.Stdout, Does.Not.Contain("configured limit").And.Contain("7 records"), unlimited.ToString);
        });
    }

    [Test]
    public void Check_Streaming_ReportsPerOwnerFindings_WithTheZonesOrigin()
    {
        // The bad address is a parser finding, which streaming reports as the whole-zone lint does.
        var whole = InProcess.Run("check", "--format", "json", Repository.Zone("bad-address.example.zone"));
        var streamed = InProcess.Run("check", "--streaming", "--format", "json", Repository.Zone("bad-address.example.zone"));

        Assert.That(streamed.ExitCode, Is.EqualTo(1), streamed.ToString);
        Assert.That(streamed.Stdout, Is.EqualTo(whole.Stdout));
    }
}
