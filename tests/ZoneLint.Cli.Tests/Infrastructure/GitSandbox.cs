namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>
/// Runs git (and what git starts: hooks, pre-commit) with a configuration of its own in a temp folder: a fixed
/// identity, no signing, no system or user settings (such as <c>core.hooksPath</c>) that would change what is tested.
/// </summary>
internal sealed class GitSandbox
{
    private GitSandbox(string git, Dictionary<string, string?> environment)
    {
        Executable = git;
        Environment = environment;
    }

    public string Executable { get; }

    /// <summary>The environment for every process of the sandbox; callers may add to it.</summary>
    public Dictionary<string, string?> Environment { get; }

    /// <summary>A sandbox whose files live under <paramref name="work"/>; the test is ignored when git is not installed.</summary>
    public static GitSandbox Create(TempDirectory work)
    {
        string? git = ProcessRunner.FindOnPath("git");
        if (git is null)
        {
            Assert.Ignore("git is not installed: these end-to-end tests need it (.ci/setup installs it).");
        }

        string config = work.Write("gitconfig", """
            [user]
                name = ZoneLint Tests
                email = tests@example.invalid
            [init]
                defaultBranch = main
            [commit]
                gpgsign = false
            """);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GIT_CONFIG_GLOBAL"] = config,
            ["GIT_CONFIG_NOSYSTEM"] = "1",
        };
        foreach (string name in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "SKIP" })
        {
            environment[name] = null;
        }

        return new GitSandbox(git!, environment);
    }

    /// <summary>Runs git and returns its standard output; the test fails if git does.</summary>
    public string Run(string directory, params string[] arguments)
    {
        var result = Try(directory, arguments);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.Stdout;
    }

    /// <summary>Runs git and returns whatever happened (for a commit that a hook may refuse).</summary>
    public ProcessResult Try(string directory, params string[] arguments) =>
        ProcessRunner.Run(Executable, arguments, directory, Environment, TimeSpan.FromMinutes(8));

    /// <summary>Stages everything and commits; the result says whether the hooks let it through.</summary>
    public ProcessResult Commit(string directory, string message)
    {
        Run(directory, "add", "-A");
        return Try(directory, "commit", "-m", message);
    }

    /// <summary>How many commits the repository has (0 before the first).</summary>
    public int CommitCount(string directory) =>
        int.Parse(Run(directory, "rev-list", "--all", "--count").Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
