using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ZoneLint.Parsing;

/// <summary>
/// Reads a zone file through one handle, checked after it is opened: a regular file (a FIFO, socket, device or
/// directory is refused, and opening one never blocks), inside the include root when there is one, no larger than the
/// limit. Checking the handle rather than the path again closes the race between <see cref="IncludeResolver.Check"/>
/// and the read: a link or FIFO swapped in after the check is seen for what it is.
/// </summary>
internal static partial class ZoneFileReader
{
    /// <summary>Reads <paramref name="path"/>; returns why it could not be read (a predicate to follow the path), or <see langword="null"/>.</summary>
    /// <param name="path">The file, best given as its real path.</param>
    /// <param name="rootRealPath">When set, the opened file must lie under this real path.</param>
    /// <param name="maxBytes">The largest file accepted; with <paramref name="prefixOnly"/>, how much of the file's start to read.</param>
    /// <param name="cancellationToken">Stops reading a large file.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="prefixOnly">Read at most <paramref name="maxBytes"/> bytes of a larger file instead of refusing it.</param>
    public static string? TryRead(string path, string? rootRealPath, long maxBytes, CancellationToken cancellationToken, out byte[] content, bool prefixOnly = false)
    {
        content = [];
        long limit = Math.Min(maxBytes, Array.MaxLength);
        if (TryOpen(path, rootRealPath, prefixOnly ? long.MaxValue : limit, out var handle, out long length) is { } problem)
        {
            return problem;
        }

        using (handle)
        {
            try
            {
                // The length read once bounds the buffer: a file that grows meanwhile is read as it was.
                var buffer = new byte[Math.Min(length, limit)];
                int read = 0;
                while (read < buffer.Length)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int n = RandomAccess.Read(handle!, buffer.AsSpan(read, Math.Min(buffer.Length - read, 1 << 24)), read);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                content = read == buffer.Length ? buffer : buffer[..read];
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                return $"cannot be read: {e.Message}";
            }
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/> and checks the handle: a regular file, inside <paramref name="rootRealPath"/> when
    /// set, no larger than <paramref name="maxBytes"/>. Returns why it cannot be read, or <see langword="null"/> with a
    /// handle the caller disposes (to read it whole, or in chunks).
    /// </summary>
    public static string? TryOpen(string path, string? rootRealPath, long maxBytes, out SafeFileHandle? handle, out long length)
    {
        handle = null;
        length = 0;
        SafeFileHandle opened;
        try
        {
            opened = Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot be read: {e.Message}";
        }

        string? problem;
        try
        {
            if (!IsRegularFile(opened))
            {
                problem = "is not a regular file (a directory, FIFO, socket or device cannot be read as a zone)";
            }
            else if (rootRealPath is not null && OpenedPath(opened) is { } real && !IncludeResolver.IsInside(real, rootRealPath))
            {
                problem = $"changed while it was checked and now leads outside the allowed include root '{rootRealPath}'";
            }
            else
            {
                length = RandomAccess.GetLength(opened);
                problem = length > maxBytes ? string.Create(CultureInfo.InvariantCulture, $"is larger than the limit of {maxBytes} bytes") : null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = $"cannot be read: {e.Message}";
        }

        if (problem is not null)
        {
            opened.Dispose();
            return problem;
        }

        handle = opened;
        return null;
    }

    private static SafeFileHandle Open(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }

        // .NET opens without O_NONBLOCK, and open(2) of a FIFO for reading waits for a writer; with it, the open returns
        // and the handle check below refuses the FIFO. (For regular files O_NONBLOCK changes nothing.)
        int flags = OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() || OperatingSystem.IsTvOS() || OperatingSystem.IsMacCatalyst()
            ? 0x0004 | 0x0100_0000 // O_RDONLY | O_NONBLOCK | O_CLOEXEC (Darwin)
            : OperatingSystem.IsFreeBSD()
                ? 0x0004 | 0x0010_0000 // (FreeBSD)
                : 0x0800 | 0x0008_0000; // (Linux, every architecture .NET runs on)
        int fd;
        try
        {
            fd = OpenNative(path, flags);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }


        if (fd < 0)
        {
            throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }

        return new SafeFileHandle(fd, ownsHandle: true);
    }

    private static bool IsRegularFile(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows())
        {
            return true; // File.OpenHandle refuses directories; devices and pipes have paths outside any root.
        }

        // .NET does not expose the file type; its native shim does, with a layout fixed across platforms (Flags, then
        // Mode with S_IFMT bits at offset 4).
        var status = new byte[256];
        try
        {
            if (FStat(handle, status) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // Refuse what cannot be checked.
        }

        int mode = BitConverter.ToInt32(status, 4);
        const int TypeMask = 0xF000, Regular = 0x8000;
        return (mode & TypeMask) == Regular;
    }

    /// <summary>Where the kernel says the open file is (Linux <c>/proc/self/fd</c>), or <see langword="null"/> where it cannot say.</summary>
    private static string? OpenedPath(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return new FileInfo("/proc/self/fd/" + handle.DangerousGetHandle().ToString(CultureInfo.InvariantCulture)).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The real path of <paramref name="path"/> as the kernel resolves it on open (Linux: an <c>O_PATH</c> handle and its
    /// <c>/proc/self/fd</c> link), or <see langword="null"/> where it cannot say: not Linux, no such path, no /proc.
    /// </summary>
    /// <remarks>
    /// PERF: one lookup of the whole path; resolving it component by component looked each prefix up again, and each
    /// lookup walks the prefix, so a path of 2,000 directories cost millions of steps each time a zone file there was
    /// read (20 zone files 2,000 directories deep: 29.7 s).
    /// </remarks>
    internal static string? KernelRealPath(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        const int PathOnly = 0x0020_0000 | 0x0008_0000; // O_PATH | O_CLOEXEC (Linux, every architecture .NET runs on)
        try
        {
            int fd = OpenNative(path, PathOnly);
            if (fd < 0)
            {
                return null;
            }

            using var handle = new SafeFileHandle(fd, ownsHandle: true);

            // A path the kernel cannot name from here (deleted, or outside this process's root) is not absolute or says
            // so; the walk decides those.
            return OpenedPath(handle) is { } real && real.StartsWith('/') && !real.EndsWith(" (deleted)", StringComparison.Ordinal) ? real : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenNative(string path, int flags);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
    private static partial int FStat(SafeFileHandle fd, [Out] byte[] status);
}
