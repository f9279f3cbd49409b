using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>
/// Exit codes are what scripts, CI and pre-commit read: 0 nothing at or above <c>--fail-on</c>, 1 something is, 2 the
/// command line is wrong. Fixtures each hold exactly one kind of finding.
/// </summary>
public sealed class ExitCodeTests
{
    [TestCase("clean.example.zone", null, 0)]
    [TestCase("clean.example.zone", "info", 0)]
    [TestCase("bad-address.example.zone", null, 1)]
    [TestCase("bad-address.example.zone", "error", 1)]
    [TestCase("mx-alias.example.zone", null, 0)]
    [TestCase("mx-alias.example.zone", "error", 0)]
    [TestCase("mx-alias.example.zone", "warning", 1)]
    [TestCase("mx-alias.example.zone", "info", 1)]
    [TestCase("unused-pragma.example.zone", null, 0)]
    [TestCase("unused-pragma.example.zone", "warning", 0)]
    [TestCase("unused-pragma.example.zone", "info", 1)]
    [TestCase("suppressed.example.zone", "info", 0)]
    public void Check_ExitCode_FollowsTheWorstUnsuppressedFinding_AgainstFailOn(string zone, string? failOn, int expected)
    {
        string[] args = failOn is null ? ["check", Repository.Zone(zone)] : ["check", "--fail-on", failOn, Repository.Zone(zone)];
        var result = InProcess.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(expected), result.ToString);
            Assert.That(result.Stderr, Is.Empty);
            Assert.That(result.Stdout, Does.Contain("zonelint: 1 file, "), "the summary line is always printed");
        });
    }

    [Test]
    public void Check_TheReadmesCleanZone_ExitsZero_WithNoFindingAtAnySeverity()
    {
        var result = InProcess.Run("check", "--fail-on", "info", Repository.Path("zones", "example.com.zone"));

        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.Stdout, Does.EndWith("0 errors, 0 warnings, 0 suggestions\n"));
    }

    [Test]
    public void Check_ErrorInOneFileOfMany_ExitsOne()
    {
        var result = InProcess.Run("check", Repository.Zone("clean.example.zone"), Repository.Zone("bad-address.example.zone"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString);
        Assert.That(result.Stdout, Does.Contain("zonelint: 2 files, "));
    }

    [TestCase(new[] { "check", "--bogus", "x.zone" }, "--bogus", TestName = "Unknown option")]
    [TestCase(new[] { "check", "--format", "xml", "x.zone" }, "xml", TestName = "Unknown format")]
    [TestCase(new[] { "check", "--fail-on", "fatal", "x.zone" }, "fatal", TestName = "Unknown fail-on severity")]
    [TestCase(new[] { "check" }, "Required argument missing", TestName = "No path")]
    [TestCase(new[] { "lint", "x.zone" }, "lint", TestName = "Unknown command")]
    public void BadCommandLine_ExitsTwo_AndSaysWhyOnStderr(string[] args, string mentioned)
    {
        var result = InProcess.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.Stdout, Is.Empty, "nothing a report parser could mistake for a report");
            Assert.That(result.Stderr, Does.StartWith("zonelint: "));
            Assert.That(result.Stderr, Does.Contain(mentioned));
        });
    }

    [Test]
    public void MissingPath_ExitsTwo_AndNamesThePath()
    {
        string missing = Repository.Zone("no-such.example.zone");
        var result = InProcess.Run("check", Repository.Zone("clean.example.zone"), missing);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.Stdout, Is.Empty);
            Assert.That(result.Stderr, Is.EqualTo($"zonelint: '{missing}' does not exist\n"));
        });
    }

    [Test]
    public void DirectoryWithoutZoneFiles_ExitsTwo()
    {
        string empty = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-zones-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "notes.txt"), "not a zone\n");
        try
        {
            var result = InProcess.Run("check", empty);

            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.Stderr, Does.Contain("no zone files found"));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Test]
    public void Explain_UnknownRule_ExitsTwo_KnownRule_PrintsItsPage()
    {
        var unknown = InProcess.Run("explain", "ZL9999");
        var known = InProcess.Run("explain", "zl1001");

        Assert.Multiple(() =>
        {
            Assert.That(unknown.ExitCode, Is.EqualTo(2));
            Assert.That(unknown.Stderr, Does.Contain("'ZL9999' is not a rule ID"));
            Assert.That(known.ExitCode, Is.Zero);
            Assert.That(known.Stdout, Does.StartWith("# ZL1001: MX exchange is an alias"));
        });
    }

    [Test]
    public void Rules_ListsEveryRule_WithSeverityAndTitle()
    {
        var result = InProcess.Run("rules");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Some.Match(@"^ZL1001\s+warning\s+Mail\s+MX exchange is an alias$"));
    }

    [Test]
    public void Output_WritesTheReportToTheFile_AndKeepsTheExitCode()
    {
        string report = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"report-{Guid.NewGuid():N}.json");
        try
        {
            var result = InProcess.Run("check", "--format", "json", "--fail-on", "warning", "--output", report, Repository.Zone("mx-alias.example.zone"));

            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.EqualTo(1));
                Assert.That(result.Stdout, Is.Empty);
                Assert.That(File.ReadAllText(report), Does.Contain("\"id\": \"ZL1001\""));
            });
        }
        finally
        {
            File.Delete(report);
        }
    }
}
