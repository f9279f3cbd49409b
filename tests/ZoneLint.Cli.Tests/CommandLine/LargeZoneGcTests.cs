using System.Runtime;
using System.Text;
using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>
/// A large zone is parsed and linted in no-GC regions (LargeZoneGc), which last until its report is written: ended with
/// the lint, they left the report's first string to pay a collection of the whole zone.
/// </summary>
[NonParallelizable]
public sealed class LargeZoneGcTests
{
    [TestCase("text")]
    [TestCase("json")]
    public void The_report_of_a_large_zone_is_written_in_the_lints_no_GC_region_and_the_region_ends_with_the_run(string format)
    {
        var run = CheckLargeZone(format, findings: 1);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
            Assert.That(run.Stdout, Does.Contain("ZL1001"));
            Assert.That(run.ModeAtFirstWrite, Is.EqualTo(GCLatencyMode.NoGCRegion), "the report is written in the region");
            Assert.That(GCSettings.LatencyMode, Is.Not.EqualTo(GCLatencyMode.NoGCRegion), "the region ends with the run");
        });
    }

    [Test]
    public void The_report_of_many_findings_ends_the_region_before_it_is_written()
    {
        var run = CheckLargeZone("text", findings: 12_000);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
            Assert.That(run.Stdout.Split("warning ZL1001").Length - 1, Is.EqualTo(12_000));
            Assert.That(run.ModeAtFirstWrite, Is.Not.Null.And.Not.EqualTo(GCLatencyMode.NoGCRegion), "what the report allocates is collected");
        });
    }

    /// <summary>
    /// Checks a zone over the 8 MiB from which the CLI asks for the regions, with <paramref name="findings"/> MX records
    /// to an alias (ZL1001) among its hosts.
    /// </summary>
    private static (int ExitCode, string Stdout, string Stderr, GCLatencyMode? ModeAtFirstWrite) CheckLargeZone(string format, int findings)
    {
        using var temp = new TempDirectory("zonelint-gc");
        var text = new StringBuilder("$ORIGIN big.example.\n$TTL 1h\n@ SOA ns hostmaster 1 2h 1h 1w 5m\n NS ns\nns A 192.0.2.53\nalias CNAME ns\n");
        for (int i = 0; i < findings; i++)
        {
            text.Append("mail").Append(i).Append(" MX 10 alias\n");
        }

        for (int i = 0; text.Length < 9 << 20; i++)
        {
            text.Append("host").Append(i).Append(" A 192.0.2.").Append(i % 250).Append('\n');
        }

        string path = temp.Write("big.example.zone", text.ToString());
        using var stdout = new LatencyModeRecordingWriter();
        using var stderr = new StringWriter();

        int exitCode = ZoneLintCommand.Run(["check", "--no-editorconfig", "--fail-on", "warning", "--format", format, path], stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString(), stdout.ModeAtFirstWrite);
    }

    /// <summary>Keeps what is written, and the GC's latency mode when the first of it was.</summary>
    private sealed class LatencyModeRecordingWriter : StringWriter
    {
        public GCLatencyMode? ModeAtFirstWrite { get; private set; }

        public override void Write(char value)
        {
            Record();
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Record();
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Record();
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Record();
            base.Write(buffer);
        }

        private void Record() => ModeAtFirstWrite ??= GCSettings.LatencyMode;
    }
}
