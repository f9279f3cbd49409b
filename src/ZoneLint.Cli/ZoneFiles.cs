using System.Text;
using System.Text.RegularExpressions;

namespace ZoneLint.Cli;

/// <summary>Finds zone files under the paths given, and guesses a zone's origin the way named-checkzone users expect.</summary>
internal static partial class ZoneFiles
{
    /// <summary>File names taken when a directory is given: common zone-file conventions.</summary>
    private static readonly string[] Patterns = ["*.zone", "*.db", "db.*", "*.dns", "*.signed", "*.rev"];

    public static IEnumerable<string> Expand(string path)
    {
        if (File.Exists(path))
        {
            yield return path;
            yield break;
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pattern in Patterns)
        {
            foreach (var file in Directory.EnumerateFiles(path, pattern, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden }))
            {
                found.Add(file);
            }
        }

        foreach (var file in found)
        {
            yield return file;
        }
    }

    /// <summary>
    /// Whether the file sets its own origin with <c>$ORIGIN</c> before its first record; if not, the origin is the file
    /// name without a zone extension (<c>example.com.zone</c>, <c>example.com.db</c>) or <c>db.</c> prefix.
    /// </summary>
    public static string? GuessOrigin(string path)
    {
        if (SetsOwnOrigin(path))
        {
            return null;
        }

        string name = Path.GetFileName(path);
        if (name.StartsWith("db.", StringComparison.OrdinalIgnoreCase))
        {
            name = name[3..];
        }
        else
        {
            string ext = Path.GetExtension(name).ToLowerInvariant();
            if (ext is ".zone" or ".db" or ".dns" or ".signed" or ".rev" or ".txt" or ".hosts")
            {
                name = Path.GetFileNameWithoutExtension(name);
            }
        }

        return name.Length == 0 ? "." : name;
    }

    private static bool SetsOwnOrigin(string path) => DeclaredOrigin(path) is not null;

    /// <summary>The name of the <c>$ORIGIN</c> the file sets before its first record, if it sets one.</summary>
    public static string? DeclaredOrigin(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            for (int i = 0; i < 200 && reader.ReadLine() is { } line; i++)
            {
                if (line.Length == 0 || line[0] == ';' || string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (OriginDirective().IsMatch(line))
                {
                    var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                    return parts.Length > 1 ? parts[1] : null;
                }

                if (line[0] != '$')
                {
                    return null;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    [GeneratedRegex(@"^\$ORIGIN\s", RegexOptions.IgnoreCase)]
    private static partial Regex OriginDirective();
}
