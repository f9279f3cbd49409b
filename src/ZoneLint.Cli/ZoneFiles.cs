using System.IO.Enumeration;
using System.Text;
using ZoneLint.Parsing;

namespace ZoneLint.Cli;

/// <summary>Finds zone files under the paths given, and guesses a zone's origin the way named-checkzone users expect.</summary>
internal static class ZoneFiles
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

        // A link in the tree that leads out of it (to /etc/passwd, say) is not linted: its text would end up in CI logs.
        // Files named on the command line are the user's choice and are read wherever they lead.
        IncludeResolver.TryGetRealPath(path, out string? root);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var walk = new FileSystemEnumerable<string>(path, static (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), WalkOptions)
        {
            ShouldIncludePredicate = static (ref FileSystemEntry entry) => !entry.IsDirectory && IsZoneFileName(entry.FileName),

            // SECURITY: links to directories are not followed: a link to its own parent made the walk endless, and two
            // such links made it branch at every level.
            ShouldRecursePredicate = static (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var file in walk)
        {
            if (root is not null && new FileInfo(file).LinkTarget is not null
                && (!IncludeResolver.TryGetRealPath(file, out string? real) || !IncludeResolver.IsInside(real, root)))
            {
                continue;
            }

            found.Add(file);
        }

        foreach (var file in found)
        {
            yield return file;
        }
    }

    private static readonly EnumerationOptions WalkOptions = new() { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };

    private static bool IsZoneFileName(ReadOnlySpan<char> name)
    {
        foreach (var pattern in Patterns)
        {
            if (FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: !OperatingSystem.IsLinux()))
            {
                return true;
            }
        }

        return false;
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
        // Only the file's start, read the way the parser reads files: a FIFO or device is refused without blocking, and a
        // file of one endless line costs 64 KiB, not all of it. A file that cannot be read is the parser's to report.
        if (ZoneFileReader.TryRead(path, null, 64 * 1024, CancellationToken.None, out byte[] head, prefixOnly: true) is not null)
        {
            return null;
        }

        using var reader = new StreamReader(new MemoryStream(head), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        for (int i = 0; i < 200 && reader.ReadLine() is { } line; i++)
        {
            if (line.Length == 0 || line[0] == ';' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length > 7 && line.StartsWith("$ORIGIN", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(line[7]))
            {
                var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                return parts.Length > 1 ? parts[1] : null;
            }

            if (line[0] != '$')
            {
                return null;
            }
        }

        return null;
    }
}
