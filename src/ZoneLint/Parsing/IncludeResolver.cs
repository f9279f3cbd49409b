using System.Runtime.InteropServices;

namespace ZoneLint.Parsing;

/// <summary>
/// Decides whether an <c>$INCLUDE</c> may be read: resolved by real path (every symbolic link followed), inside the
/// allowed root, a regular file (never a directory, FIFO or device, which could block or never end).
/// </summary>
internal static partial class IncludeResolver
{
    private const int MaxLinks = 40;

    public static string? Check(string path, string rootRealPath, out string realPath)
    {
        realPath = path;
        if (!TryGetRealPath(path, out string? real))
        {
            return $"'{path}' does not exist";
        }

        realPath = real;
        if (!IsInside(real, rootRealPath))
        {
            return $"'{path}' resolves to '{real}', outside the allowed include root '{rootRealPath}'";
        }

        if (Directory.Exists(real))
        {
            return $"'{path}' is a directory, not a file";
        }

        if (!File.Exists(real))
        {
            return $"'{path}' does not exist";
        }

        if (!IsRegularFile(real))
        {
            return $"'{path}' is not a regular file (a FIFO, socket or device cannot be included)";
        }

        return null;
    }

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
    public static bool TryGetRealPath(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? real)
    {
        int links = 0;
        return TryResolve(Path.GetFullPath(path), ref links, out real);
    }

    private static bool TryResolve(string fullPath, ref int links, out string? real)
    {
        real = null;
        string root = Path.GetPathRoot(fullPath) ?? "/";
        string current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (string part in parts)
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            string next = Path.Combine(current, part);
            FileSystemInfo info = new FileInfo(next);
            if (!info.Exists)
            {
                info = new DirectoryInfo(next);
                if (!info.Exists && info.LinkTarget is null)
                {
                    return false;
                }
            }

            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return false;
                }

                string targetPath = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
                if (!TryResolve(Path.GetFullPath(targetPath), ref links, out string? resolved))
                {
                    return false;
                }

                current = resolved!;
            }
            else
            {
                current = next;
            }
        }

        real = current;
        return true;
    }

    private static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return (File.GetAttributes(path) & (FileAttributes.Directory | FileAttributes.Device)) == 0;
        }

        // .NET does not expose the file type; its own native shim does, with a layout fixed across platforms
        // (Flags, then Mode with S_IFMT bits). Without it, an empty size is the safe signal: FIFOs and devices report 0.
        try
        {
            var status = new byte[256];
            if (Stat(path, status) != 0)
            {
                return false;
            }

            int mode = BitConverter.ToInt32(status, 4);
            const int TypeMask = 0xF000, Regular = 0x8000;
            return (mode & TypeMask) == Regular;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return new FileInfo(path).Length > 0;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}
