namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>Reads fenced code blocks out of the documentation, so that the examples in it are tested as they are written.</summary>
internal static class Markdown
{
    /// <summary>
    /// The fenced blocks that follow the HTML comment starting with <c>&lt;!-- marker</c>, in order, up to the next
    /// heading: e.g. the C# example and then the output it prints.
    /// </summary>
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
