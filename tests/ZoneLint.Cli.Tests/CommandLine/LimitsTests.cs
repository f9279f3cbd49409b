using System.Text.Json;
using ZoneLint.Cli.Tests.Infrastructure;
using ZoneLint.Parsing;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>What bounds a zone the command line reads: its records, not its file's size; and a file it cannot read.</summary>
public sealed class LimitsTests
{
    [Test]
    public void ParseOptions_BoundRecords_NotTheFilesSize()
    {
        string file = Repository.Zone("mx-alias.example.zone");
        var settings = new CheckSettings { Paths = [file] };
        var whole = CheckRunner.ParseOptionsFor(file, null, settings, onlyFile: true);
        var streaming = CheckRunner.ParseOptionsFor(file, null, settings with { Streaming = true }, onlyFile: true);
        var asked = CheckRunner.ParseOptionsFor(file, null, settings with { Streaming = true, MaxRecords = 7 }, onlyFile: true);

        Assert.Multiple(() =>
        {
            // The library's default stops at 2 GiB, about 40 million records; the CLI reads the file through a buffer.
            Assert.That(ZoneParseOptions.Default.MaxFileSize, Is.EqualTo(int.MaxValue));
            Assert.That(whole.MaxFileSize, Is.EqualTo(long.MaxValue));
            Assert.That(whole.MaxRecords, Is.EqualTo(ZoneParseOptions.Default.MaxRecords));
            Assert.That(streaming.MaxFileSize, Is.EqualTo(long.MaxValue));
            Assert.That(streaming.MaxRecords, Is.EqualTo(long.MaxValue));
            Assert.That(asked.MaxRecords, Is.EqualTo(7));
        });
    }

    [Test]
    public void Check_AFileThatIsNotRegular_IsReportedOnce_InBothModes()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("No FIFOs here.");
        }

        string dir = Directory.CreateTempSubdirectory("zonelint-fifo").FullName;
        try
        {
            string path = Path.Combine(dir, "fifo.example.zone");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
            {
                mkfifo.WaitForExit();
                Assert.That(mkfifo.ExitCode, Is.Zero);
            }

            foreach (string[] mode in new[] { Array.Empty<string>(), ["--streaming"] })
            {
                var run = InProcess.Run(["check", "--format", "json", .. mode, path]);
                Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
                using var json = JsonDocument.Parse(run.Stdout);
                var ids = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString());
                Assert.That(ids, Is.EqualTo(new[] { "ZL0005" }), run.ToString);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
