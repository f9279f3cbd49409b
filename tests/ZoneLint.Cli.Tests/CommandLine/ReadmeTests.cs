using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>The README's command-line examples are what the CLI prints, so it can be copied and trusted.</summary>
public sealed class ReadmeTests
{
    [Test]
    public void ReadmeOutputExamples_AreWhatTheCliPrints()
    {
        var blocks = Markdown.FirstBlockAfterEach(Repository.Path("README.md"), "cli-example");
        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(2));
        foreach (var block in blocks)
        {
            VerifyExample(block);
        }
    }

    private static void VerifyExample(string block)
    {
        string[] lines = block.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.StartWith("$ zonelint "), "the block starts with the command, as typed at the repository root");

        // Relative paths in the command are the repository's; the CLI prints them as given.
        string[] args = [.. lines[0]["$ zonelint ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => !a.StartsWith('-') && Path.Exists(Repository.Path(a.Split('/'))) ? Repository.Path(a.Split('/')) : a)];
        var result = InProcess.Run(args);
        string expected = string.Join('\n', lines.Skip(1)) + "\n";

        Assert.That(Normalizer.RelativeToRoot(result.Stdout), Is.EqualTo(expected));
    }
}
