namespace ZoneLint.Model;

/// <summary>One name of a zone with its records, grouped by type; or an empty non-terminal (a name with no records but names below it).</summary>
public sealed class ZoneNode
{
    private readonly ResourceRecord[] records;

    internal ZoneNode(DomainName name, ResourceRecord[] recordsByType)
    {
        Name = name;
        records = recordsByType;
    }

    /// <summary>The highest zone cut at or below the apex that is at or above this name, if any (set by the zone).</summary>
    internal DomainName? HighestCut { get; private set; }

    /// <summary>The closest DNAME owner strictly above this name, if any (set by the zone).</summary>
    internal DomainName? DNameAbove { get; private set; }

    internal bool AncestryResolved { get; private set; }

    internal bool HasDName => Has(RRType.DNAME);

    /// <summary>The name.</summary>
    public DomainName Name { get; }

    /// <summary>The records at this name, grouped by type, file order within a type.</summary>
    public IReadOnlyList<ResourceRecord> Records => records;

    /// <summary>The records as a span: no enumerator and no interface calls in the rules' hot loops.</summary>
    internal ReadOnlySpan<ResourceRecord> RecordSpan => records;

    /// <summary>Whether the name has no records but names below it exist (RFC 4592 §2.2.2).</summary>
    public bool IsEmptyNonTerminal => records.Length == 0;

    /// <summary>Whether the name has records of <paramref name="type"/>.</summary>
    public bool Has(RRType type) => IndexOf(type) >= 0;

    /// <summary>The RRset of <paramref name="type"/> at this name; empty when there is none.</summary>
    public ReadOnlySpan<ResourceRecord> Get(RRType type)
    {
        int start = IndexOf(type);
        if (start < 0)
        {
            return [];
        }

        int end = start;
        while (end < records.Length && records[end].Type == type)
        {
            end++;
        }

        return records.AsSpan(start, end - start);
    }

    /// <summary>The types present at this name, each once, in ascending order.</summary>
    public IEnumerable<RRType> Types
    {
        get
        {
            for (int i = 0; i < records.Length; i++)
            {
                if (i == 0 || records[i].Type != records[i - 1].Type)
                {
                    yield return records[i].Type;
                }
            }
        }
    }

    internal void SetAncestry(DomainName? highestCut, DomainName? dnameAbove)
    {
        HighestCut = highestCut;
        DNameAbove = dnameAbove;
        AncestryResolved = true;
    }

    private int IndexOf(RRType type)
    {
        // Few types share a name; a linear scan beats a binary search at this size.
        for (int i = 0; i < records.Length; i++)
        {
            if (records[i].Type == type)
            {
                return i;
            }

            if (records[i].Type > type)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
