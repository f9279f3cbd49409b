using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ZoneLint.Model;

/// <summary>
/// Asks the processor to fetch memory a loop is about to read, without waiting for it (SSE's prefetch; nothing on
/// processors without it).
/// </summary>
/// <remarks>
/// The address is taken from a managed reference, which the GC may move right after: harmless, since a prefetch never
/// faults and changes no result, only what is in the cache.
/// </remarks>
internal static class Prefetch
{
    /// <summary>Fetches the cache line of <paramref name="place"/> (an array element, say).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Location<T>(ref T place)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref place));
        }
    }

    /// <summary>Fetches the first cache line of the object <paramref name="o"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Object(object o)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref o));
        }
    }
}
