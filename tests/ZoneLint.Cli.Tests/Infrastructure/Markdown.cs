namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>Reads fenced code blocks out of the documentation, so that the examples in it are tested as they are written.</summary>
internal static class Markdown
{
    /// <summary>
    /// The fenced blocks that follow the HTML comment starting with <c>&lt;!-- marker</c>, in order, up to the next
    /// heading: e.g. the C# example and then the output it prints.
    /// </summary>
    /// <summary>The first fenced block after each <c>&lt;!-- marker</c> comment, in document order.</summary>
    public static IReadOnlyList<string> FirstBlockAfterEach(string markdownPath, string marker)
    {
        string[] lines = File.ReadAllLines(markdownPath);
        var blocks = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("<!-- " + marker, StringComparison.Ordinal))
            {
                continue;
            }

            int open = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            int close = open < 0 ? -1 : Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            if (close < 0)
            {
                Assert.Fail($"{markdownPath}: the '<!-- {marker}' comment on line {i + 1} is not followed by a fenced block.");
            }

            blocks.Add(string.Join('\n', lines[(open + 1)..close]) + "\n");
        }

        return blocks;
    }

    public static IReadOnlyList<string> BlocksAfter(string markdownPath, string marker)
    {
        string[] lines = File.ReadAllLines(markdownPath);
        int start = Array.FindIndex(lines, l => l.TrimStart().StartsWith("<!-- " + marker, StringComparison.Ordinal));
        if (start < 0)
        {
            Assert.Fail($"{markdownPath} has no '<!-- {marker}' comment: the example the test reads is marked with it.");
        }

        var blocks = new List<string>();
        List<string>? current = null;
        for (int i = start + 1; i < lines.Length; i++)
        {
            string line = lines[i];
            if (current is null && line.StartsWith('#'))
            {
                break;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    current = [];
                }
                else
                {
                    blocks.Add(string.Join('\n', current) + "\n");
                    current = null;
                }

                continue;
            }

            current?.Add(line);
        }

        return blocks;
    }
}
