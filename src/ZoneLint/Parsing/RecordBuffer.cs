using ZoneLint.Model;

namespace ZoneLint.Parsing;

/// <summary>
/// The records a reader keeps: a run of an array that starts at <see cref="Start"/> and may not grow past a limit, so
/// that the readers of one input's pieces write into one array, each into its own stretch (MasterFileReader.Parallel).
/// </summary>
/// <remarks>
/// A buffer that would write past its limit moves its records to an array of its own, twice as large, and grows as a
/// list does from there.
/// </remarks>
internal sealed class RecordBuffer
{
    private ResourceRecord[] items = [];
    private int start;
    private int count;
    private int limit;

    /// <summary>How many records the buffer holds.</summary>
    public int Count => count;

    /// <summary>How many records the buffer holds before it moves or grows.</summary>
    public int Capacity => limit - start;

    /// <summary>Whether the records are in an array that other buffers write into too.</summary>
    public bool IsShared { get; private set; }

    /// <summary>The array the records are in, from <see cref="Start"/>.</summary>
    public ResourceRecord[] Items => items;

    /// <summary>Where in <see cref="Items"/> the first record is.</summary>
    public int Start => start;

    public ReadOnlySpan<ResourceRecord> Span => items.AsSpan(start, count);

    public ResourceRecord this[int index] => items[start + index];

    public void Add(in ResourceRecord record)
    {
        int at = start + count;
        if (at == limit)
        {
            MoveToOwnArray(count + 1);
            at = count;
        }

        items[at] = record;
        count++;
    }

    /// <summary>Makes room for <paramref name="capacity"/> records in all, exactly; a shared buffer's room is set by <see cref="Share"/>.</summary>
    public void Reserve(int capacity)
    {
        if (!IsShared && capacity > Capacity)
        {
            Array.Resize(ref items, capacity);
            limit = capacity;
        }
    }

    /// <summary>
    /// Moves the records to <paramref name="array"/> from <paramref name="at"/> (empty as far as <paramref name="upTo"/>,
    /// where another buffer's stretch begins), where this buffer goes on writing.
    /// </summary>
    public void Share(ResourceRecord[] array, int at, int upTo)
    {
        if (upTo - at < count)
        {
            throw new ArgumentOutOfRangeException(nameof(upTo), "the stretch is smaller than the records already held");
        }

        Span.CopyTo(array.AsSpan(at));
        (items, start, limit) = (array, at, upTo);
        IsShared = true;
    }

    /// <summary>Lets the buffer write as far as <paramref name="upTo"/> of the shared array: the stretch of the pieces it took on.</summary>
    public void Extend(int upTo)
    {
        if (IsShared)
        {
            limit = Math.Max(limit, upTo);
        }
    }

    /// <summary>
    /// Appends <paramref name="records"/>, which may lie in this buffer's own array past its end (another buffer's
    /// stretch, given to this one with <see cref="Extend"/>): the records are moved as if through a copy.
    /// </summary>
    public void Append(ReadOnlySpan<ResourceRecord> records)
    {
        if (start + count + records.Length > limit)
        {
            MoveToOwnArray(count + records.Length);
        }

        records.CopyTo(items.AsSpan(start + count));
        count += records.Length;
    }

    private void MoveToOwnArray(int needed)
    {
        int size = (int)Math.Min(Math.Max(Math.Max(needed, 2L * count), 16), Array.MaxLength);
        var own = new ResourceRecord[size];
        Span.CopyTo(own);
        (items, start, limit) = (own, 0, size);
        IsShared = false;
    }
}
