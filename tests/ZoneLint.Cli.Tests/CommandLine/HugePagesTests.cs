using System.Globalization;
using System.Runtime.InteropServices;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>
/// On Linux the CLI asks for the GC's heap in transparent huge pages (HugePages): the mappings it advises, and what the
/// kernel then marks.
/// </summary>
[NonParallelizable]
public sealed class HugePagesTests
{
    [Test]
    public void The_mappings_advised_are_the_large_anonymous_ones_not_files_stacks_or_small_ones()
    {
        string[] maps =
        [
            "5581a2c00000-5581a2c2a000 r--p 00000000 fe:00 1234567                    /usr/share/dotnet/dotnet",
            "7f0a00000000-7f0a04000000 ---p 00000000 00:00 0 ",
            "7f0a04000000-7f0a04800000 rw-p 00000000 00:00 0 ",
            "7f0b00000000-7f0b80000000 ---p 00000000 00:00 0                          [anon:.NET GC]",
            "7f0c00000000-7f0c10000000 r--s 00000000 fe:00 7654321                    /tmp/zone.db",
            "7ffd1c000000-7ffd1e100000 rw-p 00000000 00:00 0                          [stack]",
        ];

        Assert.That(HugePages.LargeAnonymousMappings(maps), Is.EqualTo(new[]
        {
            (0x7f0a00000000UL, 0x7f0a04000000UL),
            (0x7f0b00000000UL, 0x7f0b80000000UL),
        }));
    }

    [Test]
    public void Memory_the_heap_commits_after_the_advice_is_marked_for_huge_pages()
    {
        if (!OperatingSystem.IsLinux() || !HugePages.IsLeftToAdvice())
        {
            Assert.Ignore("only where Linux leaves huge pages to each program's advice");
        }

        Assert.That(HugePages.AdviseGcHeap(), Is.GreaterThan(0), "mappings advised");

        // Larger than any region the GC holds ready, so committed now.
        var array = new byte[64 << 20];
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            Assert.That(VmFlagsAt((ulong)handle.AddrOfPinnedObject()), Does.Contain(" hg"));
        }
        finally
        {
            handle.Free();
        }
    }

    [Test]
    public void Nothing_is_advised_when_ZONELINT_HUGE_PAGES_is_0()
    {
        Environment.SetEnvironmentVariable("ZONELINT_HUGE_PAGES", "0");
        try
        {
            Assert.That(HugePages.AdviseGcHeap(), Is.Zero);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ZONELINT_HUGE_PAGES", null);
        }
    }

    /// <summary>The VmFlags line of the mapping that holds <paramref name="address"/> (/proc/self/smaps).</summary>
    private static string VmFlagsAt(ulong address)
    {
        bool inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong start)
                && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong end))
            {
                inside = start <= address && address < end;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return "";
    }
}
