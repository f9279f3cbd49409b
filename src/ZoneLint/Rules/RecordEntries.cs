using System.Runtime.InteropServices;
using ZoneLint.Model;

namespace ZoneLint.Rules;

/// <summary>An entry of a list the rules share that stands for one record of the zone.</summary>
internal interface IRecordEntry
{
    /// <summary>The record.</summary>
    RecordRef At { get; }
}

/// <summary>
/// The records the rules share of one kind (SPF, DMARC, DKIM), each with what was made of it, in the zone's order.
/// </summary>
/// <remarks>
/// PERF: walked with <c>foreach</c>, the list fetches the records of the entries a little ahead, and then their owners'
/// names, while the rule reads the entry at hand: the records lie far apart in the zone's array, a cache miss each, and
/// nearly every rule reads each entry's record and owner.
/// </remarks>
internal sealed class RecordEntries<T>(List<T> entries) : IReadOnlyList<T>
    where T : struct, IRecordEntry
{
    public int Count => entries.Count;

    public T this[int index] => entries[index];

    public Enumerator GetEnumerator() => new(CollectionsMarshal.AsSpan(entries));

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => entries.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => entries.GetEnumerator();

    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<T> entries;
        private int index;

        public Enumerator(ReadOnlySpan<T> entries)
        {
            this.entries = entries;
            index = -1;
        }

        public readonly T Current => entries[index];

        public bool MoveNext()
        {
            int next = ++index;
            if (next + RecordRef.RecordsAhead < entries.Length)
            {
                entries[next + RecordRef.RecordsAhead].At.PrefetchRecord();
            }

            if (next + RecordRef.OwnersAhead < entries.Length)
            {
                entries[next + RecordRef.OwnersAhead].At.PrefetchOwner();
            }

            return next < entries.Length;
        }
    }
}
