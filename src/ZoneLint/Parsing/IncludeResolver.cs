using System.Diagnostics.CodeAnalysis;

namespace ZoneLint.Parsing;

/// <summary>
/// Decides whether an <c>$INCLUDE</c> may be read: its path is resolved by real path, component by component as the
/// kernel does (every symbolic link followed, relative link targets taken from the link's directory, <c>..</c> applied
/// to where the link led rather than to the text), and must stay inside the allowed root.
/// </summary>
/// <remarks>
/// SECURITY: no name is looked up in a directory outside the root (neither inside it nor one of its ancestors), and a
/// missing name there is reported as outside too, so an <c>$INCLUDE</c> cannot tell which files exist outside the root.
/// What this accepts is a path, not yet a file: <see cref="ZoneFileReader"/> opens it, checks the open handle (a regular
/// file, still inside the root) and reads through that handle, so a link swapped in between the two steps cannot lead
/// outside.
/// </remarks>
internal static class IncludeResolver
{
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private enum Resolution
    {
        Found,
        Missing,
        Outside,
    }

    /// <summary>
    /// Returns why <paramref name="path"/> may not be included (a predicate to follow the path, such as "does not exist"),
    /// or <see langword="null"/> with its real path.
    /// </summary>
    public static string? Check(string path, string rootRealPath, out string realPath)
    {
        realPath = path;
        Resolution resolution;
        string? real;
        try
        {
            int links = 0;
            resolution = Resolve(Absolute(path), rootRealPath, ref links, out real, realPrefix: rootRealPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot be resolved: {e.Message}";
        }

        if (resolution == Resolution.Outside || (real is not null && !IsInside(real, rootRealPath)))
        {
            return $"leads outside the allowed include root '{rootRealPath}'";
        }

        if (resolution == Resolution.Missing || real is null)
        {
            return "does not exist";
        }

        realPath = real;
        if (Directory.Exists(real))
        {
            return "is a directory, not a file";
        }

        return File.Exists(real) ? null : "does not exist";
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or below it (both real, absolute paths).</summary>
    public static bool IsInside(string path, string root)
    {
        if (string.Equals(path, root, StringComparison.Ordinal))
        {
            return true;
        }

        string prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Resolves every symbolic link in <paramref name="path"/>, component by component (like <c>realpath(3)</c>).</summary>
    public static bool TryGetRealPath(string path, [NotNullWhen(true)] out string? real)
    {
        real = null;
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        try
        {
            // Nothing here is confined to a root, so the kernel may resolve the whole path at once where it can.
            real = ZoneFileReader.KernelRealPath(Absolute(path));
            if (real is not null)
            {
                return true;
            }

            int links = 0;
            return Resolve(Absolute(path), null, ref links, out real) == Resolution.Found;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static bool IsAllowed(string path, string? confine) =>
        confine is null || IsInside(path, confine) || IsInside(confine, path);

    // Not Path.GetFullPath: it removes '..' from the text, and 'link/..' is not where the link is.
    private static string Absolute(string path) =>
        Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);

    /// <param name="fullPath">An absolute path, '.' and '..' not yet applied.</param>
    /// <param name="confine">When set, a name to look up in a directory neither inside this root nor above it ends the walk as <see cref="Resolution.Outside"/>.</param>
    /// <param name="links">Links followed so far; a loop ends as missing after <see cref="MaxLinks"/>, as ELOOP does.</param>
    /// <param name="real">The real path when found.</param>
    /// <param name="realPrefix">A real path which, when <paramref name="fullPath"/> starts with it, is taken as resolved.</param>
    private static Resolution Resolve(string fullPath, string? confine, ref int links, out string? real, string? realPrefix = null)
    {
        real = null;
        string root = Path.GetPathRoot(fullPath) is { Length: > 0 } r ? r : Path.DirectorySeparatorChar.ToString();
        string current = root;
        string rest = fullPath[root.Length..];

        // PERF: each component is looked up by its whole path, which the kernel walks again, so a path costs the square of
        // its depth: an $INCLUDE 2,000 directories down took 0.7 s. The include root is already real, and the walk would
        // come to it unchanged, so only what follows it is walked.
        if (realPrefix is not null && realPrefix.Length > root.Length && fullPath.StartsWith(realPrefix, StringComparison.Ordinal)
            && fullPath.Length > realPrefix.Length && fullPath[realPrefix.Length] == Path.DirectorySeparatorChar)
        {
            current = realPrefix;
            rest = fullPath[(realPrefix.Length + 1)..];
        }

        foreach (string part in rest.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                // current is already real, so its parent is the real parent.
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            // Nothing is looked up inside a directory outside the root; '..' (above) may still climb back in, as in
            // 'link/../file' where the link leads out and '..' back to the root's parent.
            if (!IsAllowed(current, confine))
            {
                return Resolution.Outside;
            }

            string next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return Resolution.Missing;
                }

                var resolution = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), confine, ref links, out string? resolved, realPrefix);
                if (resolution != Resolution.Found)
                {
                    return resolution;
                }

                current = resolved!;
            }
            else if (File.Exists(next) || Directory.Exists(next))
            {
                current = next;
            }
            else
            {
                // A missing name outside the root is reported as outside: existence there is none of the zone's business.
                return IsAllowed(next, confine) ? Resolution.Missing : Resolution.Outside;
            }
        }

        real = current;
        return Resolution.Found;
    }
}
