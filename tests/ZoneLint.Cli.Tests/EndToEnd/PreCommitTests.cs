using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.EndToEnd;

/// <summary>
/// The pre-commit hook as a user takes it: the real <c>pre-commit</c> framework builds the hook from this
/// repository's <c>.pre-commit-hooks.yaml</c> (it runs <c>dotnet pack</c> at the root and installs the tool it
/// finds), and <c>git commit</c> in another repository is refused or let through by what zonelint says.
/// </summary>
/// <remarks>
/// The hook repository is a snapshot of this working tree (tracked and untracked files that git does not ignore)
/// committed to a fresh temporary repository, so that what is tested is what is on disk, committed or not; in CI that
/// is HEAD. Git and pre-commit get configuration and caches of their own in the temp folder.
/// </remarks>
[Category("EndToEnd")]
public sealed class PreCommitTests
{
    private const string ZoneFinding = "warning ZL1001: MX exchange 'relay.example.com.' is an alias (CNAME to 'mail.example.com.'); point the MX at the canonical name";

    private TempDirectory? work;
    private GitSandbox? git;
    private string preCommit = string.Empty;
    private string hookRepository = string.Empty;
    private string revision = string.Empty;

    [OneTimeSetUp]
    public void BuildTheHook()
    {
        work = new TempDirectory("zonelint-precommit");
        git = GitSandbox.Create(work);
        preCommit = ProcessRunner.FindOnPath("pre-commit") ?? string.Empty;
        if (preCommit.Length == 0)
        {
            Assert.Ignore("pre-commit is not installed: `apt-get install pre-commit` (.ci/setup does it) to run the hook end to end.");
        }

        // pre-commit installs the tool it packs with `--tool-path` into its own cache, from that build's folder alone:
        // no NuGet cache can stand in for it, so the user's packages serve the build as they are.
        git.Environment["PRE_COMMIT_HOME"] = work.Combine("pre-commit-home");
        git.Environment["PRE_COMMIT_COLOR"] = "never";
        git.Environment["PRE_COMMIT_ALLOW_NO_CONFIG"] = null;

        (hookRepository, revision) = SnapshotWorkingTree();

        // Building the hook (pack + tool install) is the slow part: the configuration commit of the first project does it.
        string warmup = NewProject("warmup");
        var install = ProcessRunner.Run(preCommit, ["install-hooks"], warmup, git.Environment, TimeSpan.FromMinutes(8));
        Assert.That(install.ExitCode, Is.Zero, install.ToString);
        Assert.That(
            Directory.EnumerateDirectories(git.Environment["PRE_COMMIT_HOME"]!, "zonelint.tool", SearchOption.AllDirectories).Any(),
            Is.True,
            "pre-commit installed ZoneLint.Tool (and not the library) as the hook's tool");
    }

    [OneTimeTearDown]
    public void Remove() => work?.Dispose();

    [TestCase("dns/example.com.zone")]
    [TestCase("example.com.db")]
    [TestCase("zones/db.example.com")]
    public void Commit_OfZoneWithMxAtAlias_IsRefusedWithTheFinding_AndGoesThroughOnceFixed(string file)
    {
        string project = NewProject("refused");
        Write(project, file, Fixture("mx-alias.example.zone"));
        var refused = git!.Commit(project, "MX at an alias");

        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.Not.Zero, refused.ToString);
            Assert.That(refused.Output, Does.Match(@"zonelint\.+Failed"), refused.ToString);
            Assert.That(refused.Output, Does.Contain($"{file}(12,9): {ZoneFinding}"), "the hook shows the finding with file, line and column");
            Assert.That(git!.CommitCount(project), Is.EqualTo(1), "only the configuration commit");
        });

        Write(project, file, Fixture("clean.example.zone"));
        var accepted = git.Commit(project, "MX at the canonical name");
        Assert.Multiple(() =>
        {
            Assert.That(accepted.ExitCode, Is.Zero, accepted.ToString);
            Assert.That(accepted.Output, Does.Match(@"zonelint\.+Passed"), accepted.ToString);
            Assert.That(git.CommitCount(project), Is.EqualTo(2));
        });
    }

    [Test]
    public void Commit_OfPragmaSuppressedFinding_GoesThrough()
    {
        string project = NewProject("suppressed");
        Write(project, "example.com.zone", Fixture("suppressed.example.zone"));
        var commit = git!.Commit(project, "Reviewed exception");

        Assert.Multiple(() =>
        {
            Assert.That(commit.ExitCode, Is.Zero, commit.ToString);
            Assert.That(commit.Output, Does.Match(@"zonelint\.+Passed"), commit.ToString);
            Assert.That(git.CommitCount(project), Is.EqualTo(2));
        });
    }

    [Test]
    public void Commit_WithoutZoneFiles_SkipsTheHook_EvenForABinaryDotDbFile()
    {
        string project = NewProject("skipped");
        Write(project, "notes.txt", "not a zone\n");
        // A SQLite database is also *.db: `types: [text]` keeps binary files away from the parser.
        byte[] sqlite = new byte[512];
        "SQLite format 3\0"u8.CopyTo(sqlite);
        File.WriteAllBytes(Path.Combine(project, "panel.db"), sqlite);
        var commit = git!.Commit(project, "No zones");

        Assert.Multiple(() =>
        {
            Assert.That(commit.ExitCode, Is.Zero, commit.ToString);
            Assert.That(commit.Output, Does.Match(@"zonelint\.+\(no files to check\)Skipped"), commit.ToString);
        });
    }

    /// <summary>A git repository with the hook configured (pinned to the snapshot's commit), installed, and the configuration committed.</summary>
    private string NewProject(string name)
    {
        string project = work!.Combine("projects", $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        Directory.CreateDirectory(project);
        git!.Run(project, "init", "-q");
        Write(project, ".pre-commit-config.yaml", $"""
            repos:
              - repo: '{hookRepository}'
                rev: {revision}
                hooks:
                  - id: zonelint

            """);
        var install = ProcessRunner.Run(preCommit, ["install"], project, git.Environment);
        Assert.That(install.ExitCode, Is.Zero, install.ToString);
        var first = git.Commit(project, "Configure pre-commit");
        Assert.That(first.ExitCode, Is.Zero, first.ToString);
        return project;
    }

    private static void Write(string project, string relativePath, string content)
    {
        string path = Path.Combine([project, .. relativePath.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static string Fixture(string name) => File.ReadAllText(Repository.Zone(name));

    /// <summary>Commits the working tree's files (as git sees them, or all but build output outside a checkout) to a new repository.</summary>
    private (string Path, string Revision) SnapshotWorkingTree()
    {
        string snapshot = work!.Combine("hook-repository");
        Directory.CreateDirectory(snapshot);
        var listed = git!.Try(Repository.Root, "ls-files", "--cached", "--others", "--exclude-standard", "-z");
        IEnumerable<string> files = listed.ExitCode == 0
            ? listed.Stdout.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)
            : WalkSourceTree();
        foreach (string file in files)
        {
            string source = Repository.Path(file.Split('/'));
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree, not yet in the index
            }

            string target = Path.Combine([snapshot, .. file.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        git.Run(snapshot, "init", "-q");
        git.Run(snapshot, "add", "-A");
        git.Run(snapshot, "commit", "-q", "-m", "Snapshot of the working tree under test");
        return (snapshot, git.Run(snapshot, "rev-parse", "HEAD").Trim());
    }

    private static IEnumerable<string> WalkSourceTree()
    {
        string[] skipped = ["bin", "obj", ".git", "artifacts", "TestResults", ".vs", "BenchmarkDotNet.Artifacts"];
        var stack = new Stack<string>([Repository.Root]);
        while (stack.Count > 0)
        {
            string directory = stack.Pop();
            foreach (string sub in Directory.EnumerateDirectories(directory))
            {
                if (!skipped.Contains(Path.GetFileName(sub)))
                {
                    stack.Push(sub);
                }
            }

            foreach (string file in Directory.EnumerateFiles(directory))
            {
                if (!file.Contains(".received.", StringComparison.Ordinal))
                {
                    yield return Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
                }
            }
        }
    }
}
