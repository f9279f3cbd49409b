using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.EndToEnd;

/// <summary>The .NET tool as a user takes it: installed from the feed with <c>dotnet tool install</c> and run from the repository root.</summary>
[Category("EndToEnd")]
public sealed class ToolTests
{
    private TempDirectory? work;
    private string zonelint = string.Empty;

    [OneTimeSetUp]
    public void InstallTool()
    {
        var feed = PackedFeed.Get();
        work = new TempDirectory("zonelint-tool");
        string toolPath = work.Combine("tools");
        // Only the test feed: the exact version must come from there, and nothing needs the network.
        string config = work.Write("nuget.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /></packageSources></configuration>
            """);
        var install = ProcessRunner.Run(
            ProcessRunner.Dotnet,
            ["tool", "install", "--tool-path", toolPath, "--configfile", config, "--add-source", feed.Directory, "ZoneLint.Tool", "--version", feed.Version],
            work.Path,
            timeout: TimeSpan.FromMinutes(3));
        Assert.That(install.ExitCode, Is.Zero, install.ToString);
        zonelint = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "zonelint.exe" : "zonelint");
        Assert.That(File.Exists(zonelint), Is.True, $"the tool's command is {zonelint}");
    }

    [OneTimeTearDown]
    public void Remove() => work?.Dispose();

    /// <summary>On a platform the tool is packed for, the install takes that platform's precompiled package, not the portable one.</summary>
    [Test]
    public void Install_TakesThisPlatformsPackage()
    {
        string platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        Assume.That(File.Exists(PackedFeed.Get().ToolFor(platform)), $"the tool is not packed for {platform}");
        string store = Path.Combine(work!.Combine("tools"), ".store", "zonelint.tool", PackedFeed.Get().Version);
        Assert.That(Directory.GetDirectories(store).Select(Path.GetFileName), Does.Contain($"zonelint.tool.{platform}").And.Not.Contain("zonelint.tool.any"));
    }

    [Test]
    public void InstalledTool_LintsTheRepositoryZones_LikeTheInProcessEntryPoint()
    {
        var run = ProcessRunner.Run(zonelint, ["check", "zones"], Repository.Root);
        var inProcess = InProcess.Run("check", Repository.Path("zones"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), "zones/broken.example.zone has errors");
            Assert.That(run.Stdout, Does.Contain("zones/broken.example.zone(6,9): warning ZL1001: MX exchange 'mail.broken.example.' is an alias"));
            int zoneFiles = Directory.GetFiles(Repository.Path("zones"), "*.zone").Length;
            Assert.That(run.Stdout, Does.Match($@"zonelint: {zoneFiles} files, \d+ records: [1-9]\d* errors?, "));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.Stdout.ReplaceLineEndings("\n"), Is.EqualTo(Normalizer.RelativeToRoot(inProcess.Stdout)), "the packed tool prints what the in-process entry point prints");
        });
    }

    /// <summary>
    /// The machine-read formats, the streaming read and the DNSSEC checks (Ed25519 through BouncyCastle, the built-in
    /// algorithms through the platform's crypto library) give what the in-process entry point gives: on Linux the
    /// installed tool is native code (PackageTests), where reflection, trimming or a missing native library would show.
    /// </summary>
    [TestCase("--format", "json", "zones")]
    [TestCase("--format", "sarif", "zones")]
    [TestCase("--format", "gitlab", "zones")]
    [TestCase("--streaming", "--format", "json", "zones")]
    [TestCase("--now", "2090-06-01T00:00:00Z", "tests/ZoneLint.Cli.Tests/SignedZones/ed25519-signed.example.zone")]
    [TestCase("--now", "2026-01-01T00:00:00Z", "--format", "json", "tests/ZoneLint.Cli.Tests/SignedZones/ed25519-signed.example.zone")]
    public void InstalledTool_PrintsWhatTheInProcessEntryPointPrints(params string[] arguments)
    {
        string[] check = ["check", .. arguments[..^1], Repository.Path(arguments[^1].Split('/'))];
        var run = ProcessRunner.Run(zonelint, check, Environment.CurrentDirectory); // Where the in-process run is: GitLab fingerprints hash the path from there.
        var inProcess = InProcess.Run(check);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(inProcess.ExitCode), run.ToString);
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.Stdout, Has.Length.GreaterThan(100));
            Assert.That(Normalizer.Normalize(run.Stdout, PackedFeed.Get().Version), Is.EqualTo(Normalizer.Normalize(inProcess.Stdout)));
        });
    }

    [Test]
    public void InstalledTool_CleanZoneExitsZero_KnowsItsVersion_AndCarriesTheRulePages()
    {
        var feed = PackedFeed.Get();
        var clean = ProcessRunner.Run(zonelint, ["check", "--fail-on", "info", "zones/example.com.zone"], Repository.Root);
        var version = ProcessRunner.Run(zonelint, ["--version"], Repository.Root);
        var explain = ProcessRunner.Run(zonelint, ["explain", "ZL1001"], Repository.Root);
        var usage = ProcessRunner.Run(zonelint, ["check", "--format", "xml", "zones"], Repository.Root);

        Assert.Multiple(() =>
        {
            Assert.That(clean.ExitCode, Is.Zero, clean.ToString);
            Assert.That(clean.Stdout, Does.Contain("0 errors, 0 warnings, 0 suggestions"));
            Assert.That(version.Stdout.Trim(), Does.StartWith(feed.Version));
            Assert.That(explain.ExitCode, Is.Zero, explain.ToString);
            Assert.That(explain.Stdout, Does.StartWith("# ZL1001: "), "docs/rules pages are embedded in the tool");
            Assert.That(usage.ExitCode, Is.EqualTo(2), usage.ToString);
        });
    }

    /// <summary>docs/pre-commit.md's hook for repositories without the framework, verbatim, with the installed tool on PATH.</summary>
    [Test]
    public void PlainGitHookFromTheDocs_LintsWhatIsStaged_WithTheInstalledTool()
    {
        string script = Markdown.BlocksAfter(Repository.Path("docs", "pre-commit.md"), "plain-hook")[0];
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("The plain hook is a POSIX shell script.");
            return;
        }

        using var sandbox = new TempDirectory("zonelint-githook");
        var git = GitSandbox.Create(sandbox);
        git.Environment["PATH"] = Path.GetDirectoryName(zonelint) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        string repo = sandbox.Combine("repo");
        Directory.CreateDirectory(repo);
        git.Run(repo, "init", "-q");
        string hook = Path.Combine(repo, ".git", "hooks", "pre-commit");
        File.WriteAllText(hook, script);
        File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string zone = Path.Combine(repo, "dns", "example.com.zone");
        Directory.CreateDirectory(Path.GetDirectoryName(zone)!);

        File.WriteAllText(zone, File.ReadAllText(Repository.Zone("mx-alias.example.zone")));
        var refused = git.Commit(repo, "MX at an alias");
        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.Not.Zero, refused.ToString);
            Assert.That(refused.Output, Does.Contain("dns/example.com.zone(12,9): warning ZL1001: MX exchange 'relay.example.com.' is an alias"), refused.ToString);
            Assert.That(git.CommitCount(repo), Is.Zero);
        });

        // The fix is staged; an unstaged edit that brings the problem back is not what gets committed, so it does not count.
        File.WriteAllText(zone, File.ReadAllText(Repository.Zone("clean.example.zone")));
        git.Run(repo, "add", "dns/example.com.zone");
        File.WriteAllText(zone, File.ReadAllText(Repository.Zone("mx-alias.example.zone")));
        var staged = git.Try(repo, "commit", "-m", "MX at the canonical name");
        Assert.That(staged.ExitCode, Is.Zero, staged.ToString);

        // Nothing that looks like a zone: a binary *.db and a text file pass without zonelint being asked.
        git.Run(repo, "checkout", "--", "dns/example.com.zone");
        byte[] sqlite = new byte[512];
        "SQLite format 3\0"u8.CopyTo(sqlite);
        File.WriteAllBytes(Path.Combine(repo, "panel.db"), sqlite);
        File.WriteAllText(Path.Combine(repo, "notes.txt"), "not a zone\n");
        var other = git.Commit(repo, "Other files");
        Assert.Multiple(() =>
        {
            Assert.That(other.ExitCode, Is.Zero, other.ToString);
            Assert.That(other.Output, Does.Not.Contain("zonelint:"), "the hook did not run zonelint");
            Assert.That(git.CommitCount(repo), Is.EqualTo(2));
        });
    }
}
