using System.Globalization;
using System.Runtime.InteropServices;

namespace ZoneLint.Cli;

/// <summary>
/// Asks Linux to back the GC's heap with transparent huge pages (2 MiB instead of 4 KiB) where the system leaves that to
/// each program: THP's <c>madvise</c> mode, the default of Debian, Ubuntu and RHEL. Nothing elsewhere, and nothing when
/// <c>ZONELINT_HUGE_PAGES=0</c>.
/// </summary>
/// <remarks>
/// PERF: the parse and the rules spend most of their time waiting for memory: a name table of a million names, nodes and
/// records reached by number, each a likely cache miss at a random place in some 200 MiB. With 4 KiB pages nearly
/// every such miss is a TLB miss too, and under a hypervisor, where this was measured, the page walk that follows costs
/// more than the miss itself: perf put a tenth of the read's samples on one prefetch of the name table's slot, which
/// cannot be issued before its page is found. With the heap in 2 MiB pages one TLB entry covers 512 times as much.
/// The advice is given at start-up to what the GC reserved, so the pages it commits later are huge from their first
/// touch (the few already touched stay small), and again after the collections the CLI makes itself
/// (<see cref="AdviseAgain"/>). 1M-record zone, ten alternating pairs: 2.34 → 2.10 s, 4.09 → 3.69 s of CPU.
/// The library does not do this: a program that embeds it owns its process's memory.
/// </remarks>
internal static partial class HugePages
{
    private const string Setting = "/sys/kernel/mm/transparent_hugepage/enabled";
    private const int MadviseHugePage = 14;

    // Thread stacks (8 MiB at most) stay out: a huge page there would be 2 MiB of memory per thread for a few KiB used.
    private const ulong MinMapping = 32 << 20;

    private static List<(ulong Start, ulong End)> reservations = [];

    /// <summary>Advises huge pages for the GC's heap; how many mappings took the advice.</summary>
    public static int AdviseGcHeap()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("ZONELINT_HUGE_PAGES") == "0")
        {
            return 0;
        }

        try
        {
            if (!IsLeftToAdvice())
            {
                return 0;
            }

            var found = LargeAnonymousMappings(File.ReadAllLines("/proc/self/maps"));
            int advised = Advise(found);
            reservations = found;
            return advised;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException
            or DllNotFoundException or EntryPointNotFoundException)
        {
            // An optimisation only: a system without /proc, or whose C library the runtime cannot find, goes without it.
            return 0;
        }
    }

    /// <summary>
    /// Advises again what <see cref="AdviseGcHeap"/> did, if it gave its advice: memory the GC gave back is mapped anew,
    /// without the advice, and it may commit that memory again.
    /// </summary>
    public static void AdviseAgain() => Advise(reservations);

    /// <summary>
    /// Whether Linux leaves transparent huge pages to each program's advice: "always" needs no advice, "never" ignores
    /// it, and a kernel without them has no such setting.
    /// </summary>
    internal static bool IsLeftToAdvice() => File.Exists(Setting) && File.ReadAllText(Setting).Contains("[madvise]", StringComparison.Ordinal);

    /// <summary>
    /// The anonymous mappings of at least <see cref="MinMapping"/> in <paramref name="maps"/> (the lines of
    /// <c>/proc/self/maps</c>): at start-up, what the GC reserved for its heap and for its bookkeeping.
    /// </summary>
    /// <remarks>
    /// PERF: the bookkeeping (card and mark tables, reserved apart from the heap) is read and written at places set by
    /// the addresses the heap hands out, as randomly: advised with the heap, the 1M-record zone took 2.02 s (eight
    /// runs' median), as with THP set to <c>always</c>; the heap alone, 2.26 s; neither, 2.34 s.
    /// </remarks>
    internal static List<(ulong Start, ulong End)> LargeAnonymousMappings(IEnumerable<string> maps)
    {
        var found = new List<(ulong Start, ulong End)>();
        foreach (var line in maps)
        {
            // start-end perms offset dev inode [path]; an anonymous mapping has inode 0 and no path, or a name given it.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || fields[4] != "0" || (fields.Length > 5 && !fields[5].StartsWith("[anon:", StringComparison.Ordinal)))
            {
                continue;
            }

            int dash = fields[0].IndexOf('-', StringComparison.Ordinal);
            ulong start = ulong.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            ulong end = ulong.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (end - start >= MinMapping)
            {
                found.Add((start, end));
            }
        }

        return found;
    }

    /// <summary>Advises huge pages for each of <paramref name="ranges"/>; how many took the advice.</summary>
    private static int Advise(List<(ulong Start, ulong End)> ranges)
    {
        int advised = 0;
        foreach (var (start, end) in ranges)
        {
            advised += Madvise((nint)start, (nuint)(end - start), MadviseHugePage) == 0 ? 1 : 0;
        }

        return advised;
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
