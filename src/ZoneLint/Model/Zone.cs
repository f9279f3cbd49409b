using System.Collections.ObjectModel;
using ZoneLint.Model.Records;

namespace ZoneLint.Model;

/// <summary>
/// A zone's records with the indexes rules read them through, built once: by name and type, the apex,
/// delegations (zone cuts), DNAMEs, and every name that exists, empty non-terminals included.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class Zone
{
    private readonly Dictionary<DomainName, ZoneNode> nodes;
    private readonly Dictionary<DomainName, ZoneNode>.AlternateLookup<ReadOnlySpan<byte>> nodesBySpan;
    private readonly HashSet<DomainName> delegations;
    private readonly HashSet<DomainName> dnames;

    internal Zone(DomainName origin, List<ResourceRecord> records, IReadOnlyList<ZonePragma> pragmas, CancellationToken cancellationToken = default)
    {
        Origin = origin;
        Records = new ReadOnlyCollection<ResourceRecord>(records);
        Pragmas = pragmas;
        nodes = new Dictionary<DomainName, ZoneNode>(NameComparer.Instance);
        nodesBySpan = nodes.GetAlternateLookup<ReadOnlySpan<byte>>();
        delegations = new HashSet<DomainName>(NameComparer.Instance);
        dnames = new HashSet<DomainName>(NameComparer.Instance);
        BuildNodes(records, cancellationToken);
    }

    /// <summary>The origin: the zone's apex.</summary>
    public DomainName Origin { get; }

    /// <summary>Every record, in the order read.</summary>
    public IReadOnlyList<ResourceRecord> Records { get; }

    /// <summary>Every name with records, and every empty non-terminal, in no particular order.</summary>
    public IEnumerable<ZoneNode> Nodes => nodes.Values;

    /// <summary>The apex node, if the zone has records there.</summary>
    public ZoneNode? Apex => Find(Origin);

    /// <summary>The delegation points: names below the apex that own NS records.</summary>
    public IReadOnlyCollection<DomainName> Delegations => delegations;

    internal IReadOnlyList<ZonePragma> Pragmas { get; }

    /// <summary>Builds a zone from records the caller already has, such as rows of a hosting panel's database.</summary>
    /// <param name="origin">The zone's apex.</param>
    /// <param name="records">The records; those outside <paramref name="origin"/> are kept but belong to no node below it.</param>
    public static Zone Create(DomainName origin, IEnumerable<ResourceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(records);
        return new Zone(origin, [.. records], []);
    }

    /// <summary>The node at <paramref name="name"/>, or <see langword="null"/> when the name does not exist in the zone.</summary>
    public ZoneNode? Find(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return nodes.GetValueOrDefault(name);
    }

    internal ZoneNode? Find(ReadOnlySpan<byte> wire) => nodesBySpan.TryGetValue(wire, out var node) ? node : null;

    /// <summary>Whether <paramref name="name"/> exists: it has records, or names below it do (RFC 8020).</summary>
    public bool Exists(DomainName name) => Find(name) is not null;

    /// <summary>The RRset of <paramref name="type"/> at <paramref name="name"/>; empty when there is none.</summary>
    public ReadOnlySpan<ResourceRecord> Get(DomainName name, RRType type) => Find(name) is { } node ? node.Get(type) : [];

    /// <summary>Whether <paramref name="name"/> lies inside this zone (at or below the apex).</summary>
    public bool Contains(DomainName name) => name.IsSubdomainOf(Origin);

    /// <summary>
    /// The delegation point at or above <paramref name="name"/> (below the apex), or <see langword="null"/>
    /// when the name is in the zone's authoritative data.
    /// </summary>
    public DomainName? FindDelegation(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (delegations.Count == 0 || !Contains(name))
        {
            return null;
        }

        DomainName? found = null;
        WalkAncestors(name, includeSelf: true, includeApex: false, wire =>
        {
            var node = Find(wire);
            if (node is not null && delegations.Contains(node.Name))
            {
                found = node.Name;
            }
        });
        return found;
    }

    /// <summary>The DNAME owner strictly above <paramref name="name"/> (the apex included), whose redirection hides it (RFC 6672 §2.3), if any.</summary>
    public DomainName? FindDNameAbove(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (dnames.Count == 0 || !Contains(name))
        {
            return null;
        }

        DomainName? found = null;
        WalkAncestors(name, includeSelf: false, includeApex: true, wire =>
        {
            var node = Find(wire);
            if (node is not null && dnames.Contains(node.Name))
            {
                found ??= node.Name;
            }
        });
        return found;
    }

    /// <summary>
    /// Whether a record of <paramref name="type"/> at <paramref name="name"/> is below a zone cut: glue or occluded data
    /// rather than authoritative data (RFC 1034 §4.2.1). NS and DS at the cut itself are the delegation, not below it.
    /// </summary>
    public bool IsBelowZoneCut(DomainName name, RRType type)
    {
        var cut = FindDelegation(name);
        if (cut is null)
        {
            return false;
        }

        return !cut.Equals(name) || !(type == RRType.NS || type == RRType.DS || type == RRType.RRSIG || type == RRType.NSEC);
    }

    /// <summary>Visits the wire forms of <paramref name="name"/>'s ancestors up to the apex, deepest first.</summary>
    private void WalkAncestors(DomainName name, bool includeSelf, bool includeApex, Action<ReadOnlySpan<byte>> visit)
    {
        var wire = name.Wire;
        int stop = wire.Length - Origin.WireLength + (includeApex ? 1 : 0);
        int offset = includeSelf ? 0 : wire[0] + 1;
        while (offset < stop)
        {
            visit(wire[offset..]);
            offset += wire[offset] + 1;
        }
    }

    private void BuildNodes(List<ResourceRecord> records, CancellationToken cancellationToken)
    {
        var grouped = new Dictionary<DomainName, List<ResourceRecord>>(NameComparer.Instance);
        int visited = 0;
        foreach (var r in records)
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!grouped.TryGetValue(r.Owner, out var list))
            {
                list = new List<ResourceRecord>(2);
                grouped.Add(r.Owner, list);
            }

            list.Add(r);
        }

        foreach (var (name, list) in grouped)
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var array = list.ToArray();
            if (array.Length > 1)
            {
                // Stable: file order is kept within a type.
                var keys = new long[array.Length];
                for (int i = 0; i < array.Length; i++)
                {
                    keys[i] = ((long)array[i].Type.Value << 32) | (uint)i;
                }

                Array.Sort(keys, array);
            }

            nodes.Add(name, new ZoneNode(name, array));
            if (!name.Equals(Origin))
            {
                if (array.Any(r => r.Type == RRType.NS))
                {
                    delegations.Add(name);
                }
            }

            if (array.Any(r => r.Type == RRType.DNAME))
            {
                dnames.Add(name);
            }
        }

        // Empty non-terminals: every ancestor between a name and the apex exists (RFC 8020).
        foreach (var name in grouped.Keys)
        {
            if (!name.IsSubdomainOf(Origin))
            {
                continue;
            }

            var wire = name.Wire;
            int stop = wire.Length - Origin.WireLength;
            int offset = wire[0] + 1;
            while (offset < stop)
            {
                if (nodesBySpan.ContainsKey(wire[offset..]))
                {
                    break;
                }

                var ancestor = new DomainName(wire[offset..].ToArray());
                nodes.Add(ancestor, new ZoneNode(ancestor, []));
                offset += wire[offset] + 1;
            }
        }
    }
}
