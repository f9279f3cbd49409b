using System.Diagnostics.Tracing;
using System.Globalization;

namespace ZoneLint.Benchmarks;

/// <summary>
/// What a phase allocates, by type: the runtime's allocation ticks (one event per ~100 KB allocated, naming the type of
/// the object that crossed the mark), summed per type. A sample, not a count: types allocated rarely and in small
/// objects may not show at all. Arrays are told apart by size, so a list's growth shows as a run of doubling arrays.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    // The runtime's GC keyword; allocation ticks come at the verbose level.
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Dictionary<string, long> bytesByType = [];

    public void Print(string phase, int top = 15)
    {
        KeyValuePair<string, long>[] rows;
        lock (bytesByType)
        {
            rows = [.. bytesByType.OrderByDescending(r => r.Value).Take(top)];
            bytesByType.Clear();
        }

        Console.WriteLine($"  allocated in {phase}, by type (sampled):");
        foreach (var (type, bytes) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {bytes / 1e6,8:F1} MB  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
        {
            return;
        }

        string type = names.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload![t] as string ?? "?" : "?";
        long amount = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload![a], CultureInfo.InvariantCulture) : 100_000;
        if (type.EndsWith("[]", StringComparison.Ordinal) && names.IndexOf("ObjectSize") is var s and >= 0)
        {
            long size = Convert.ToInt64(eventData.Payload![s], CultureInfo.InvariantCulture);
            type += size < 1_000 ? $" of {size} B" : size < 1_000_000 ? $" of ~{size / 1_000} KB" : $" of ~{size / 1_000_000.0:F1} MB";
        }

        lock (bytesByType)
        {
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
