using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ZoneLint.Model;

/// <summary>A record of a zone by its place in the zone's array of records.</summary>
/// <remarks>
/// PERF: 16 bytes where a copy of the record is 32: the lists the rules share of every TXT, SPF, DMARC and DKIM record
/// are kept for the whole lint, which runs without a collection (10 MB at a million records when they held copies).
/// </remarks>
internal readonly struct RecordRef
{
    /// <summary>How many entries ahead a walk of records fetches the record (<see cref="PrefetchRecord"/>).</summary>
    public const int RecordsAhead = 8;

    /// <summary>How many entries ahead a walk of records fetches the record's owner (<see cref="PrefetchOwner"/>), once the record is near.</summary>
    public const int OwnersAhead = 4;

    private readonly ResourceRecord[] records;
    private readonly int position;

    private RecordRef(ResourceRecord[] records, int position)
    {
        this.records = records;
        this.position = position;
    }

    public ResourceRecord Record => records[position];

    /// <summary>Asks the processor to fetch the record, without waiting for it.</summary>
    public void PrefetchRecord()
    {
        if (records is not null)
        {
            Prefetch.Location(ref records[position]);
        }
    }

    /// <summary>Asks the processor to fetch the record's owner name, which reads the record (<see cref="PrefetchRecord"/> it first).</summary>
    public void PrefetchOwner()
    {
        if (records is not null && records[position].Owner is { } owner)
        {
            Prefetch.Object(owner);
        }
    }

    /// <summary>The record at <paramref name="index"/> of <paramref name="rrset"/>, a span of the zone's records (what <see cref="ZoneNode.Get"/> returns).</summary>
    public static RecordRef To(Zone zone, ReadOnlySpan<ResourceRecord> rrset, int index)
    {
        var all = zone.NodeRecords;
        long offset = Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(all), ref Unsafe.AsRef(in rrset[index])) / Unsafe.SizeOf<ResourceRecord>();
        if ((ulong)offset >= (ulong)all.Length)
        {
            throw new ArgumentException("The records are not the zone's.", nameof(rrset));
        }

        return new RecordRef(all, (int)offset);
    }
}
