using System.Text.Json;

namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>Replaces the machine-specific parts of an output (where the repository is, the tool's version) with placeholders.</summary>
internal static class Normalizer
{
    public const string RootPlaceholder = "<repo>";

    public const string VersionPlaceholder = "<version>";

    /// <summary>The repository root becomes <c>&lt;repo&gt;</c> (also inside JSON strings), the tool version <c>&lt;version&gt;</c>, line ends LF.</summary>
    public static string Normalize(string text, string? toolVersion = null)
    {
        text = text.ReplaceLineEndings("\n");
        string root = Repository.Root;
        foreach (string form in new[] { root, JsonEncoded(root) }.Distinct(StringComparer.Ordinal))
        {
            text = text.Replace(form, RootPlaceholder, StringComparison.Ordinal);
        }

        // Windows: the rest of a path after the root uses backslashes (doubled in JSON).
        if (System.IO.Path.DirectorySeparatorChar == '\\')
        {
            text = text.Replace(@"\\", "/", StringComparison.Ordinal).Replace('\\', '/');
        }

        toolVersion ??= ToolInfo.Version;
        return text.Replace($"\"{toolVersion}\"", $"\"{VersionPlaceholder}\"", StringComparison.Ordinal);
    }

    /// <summary>Paths as a user who runs from the repository root sees them: the root and its separator removed.</summary>
    public static string RelativeToRoot(string text) =>
        text.ReplaceLineEndings("\n").Replace(Repository.Root + System.IO.Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static string JsonEncoded(string value)
    {
        string quoted = JsonSerializer.Serialize(value);
        return quoted[1..^1];
    }
}
