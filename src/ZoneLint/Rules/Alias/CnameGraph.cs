using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// The in-zone CNAMEs as a graph: each authoritative alias points at the alias its target resolves to (wildcards
/// included), or nowhere. Every alias has at most one successor, so chains and loops are found in one linear pass:
/// each alias is walked once, and what is learned (chain length, last alias, whether it ends in a loop) is memoised.
/// Built per lint by the rule that needs it; rules keep no state between lints.
/// </summary>
internal sealed class CnameGraph
{
    /// <summary>How many names a message shows before eliding the middle of a long chain or loop.</summary>
    public const int MaxShownNames = 12;

    // How many aliases ahead Link fetches a target's name, and then what looking it up reads.
    private const int NamesAhead = 16;
    private const int LookupsAhead = 8;

    // The aliases' nodes by number, in the zone's order of nodes (ascending), and each one's target. PERF: an alias is
    // found by its number with a binary search of this list, which takes no memory of its own; the dictionary by
    // number it replaced was 1.4 MB at the 1M-record zone's 69,000 aliases, and its records (32 bytes each, kept only
    // to report a few) 2.2 MB, all of it fresh memory for the kernel to zero.
    private readonly Zone zone;
    private readonly List<int> nodes;
    private readonly List<DomainName> targets;
    private int[] next = [];
    private int[] length = [];
    private int[] last = [];
    private bool[] endsInLoop = [];
    private int[] inDegree = [];

    /// <remarks>PERF: sized for every alias of the zone, so nothing is grown by doubling.</remarks>
    private CnameGraph(Zone zone, int aliases)
    {
        this.zone = zone;
        nodes = new(aliases);
        targets = new(aliases);
    }

    /// <summary>The loops, each as its members in order, starting anywhere.</summary>
    public List<int[]> Loops { get; } = [];

    public int Count => nodes.Count;

    /// <summary>The zone's alias graph, built once per zone and shared by the chain and loop rules.</summary>
    public static CnameGraph Build(Zone zone, CancellationToken cancellationToken) =>
        zone.GetShared(z => BuildNew(z, cancellationToken));

    /// <summary>Builds the graph, whether or not the zone keeps one (internal for the phases profile, which times it).</summary>
    internal static CnameGraph BuildNew(Zone zone, CancellationToken cancellationToken)
    {
        var aliases = zone.NodesWith(RRType.CNAME, NodeReads.Targets);
        var graph = new CnameGraph(zone, aliases.Length);
        foreach (var node in aliases)
        {
            var cnames = node.Get(RRType.CNAME);
            if (!cnames.IsEmpty && cnames[0].Data is CNameData { Target: var target } && zone.Contains(node) && ZoneQueries.IsAuthoritative(node, RRType.CNAME))
            {
                System.Diagnostics.Debug.Assert(graph.nodes.Count == 0 || graph.nodes[^1] < node.Id, "nodes of a type are listed in ascending order");
                graph.nodes.Add(node.Id);
                graph.targets.Add(target);
            }
        }

        graph.Link(zone, cancellationToken);
        graph.Walk();
        return graph;
    }

    public ZoneNode Node(int i) => new(zone, nodes[i]);

    /// <summary>The CNAME record of alias <paramref name="i"/> (the first, when a node has several: ZL4002's finding).</summary>
    public ResourceRecord Record(int i) => Node(i).Get(RRType.CNAME)[0];

    public DomainName Target(int i) => targets[i];

    /// <summary>The alias the target of <paramref name="i"/> resolves to, or -1.</summary>
    public int Next(int i) => next[i];

    /// <summary>Whether no other in-zone alias points at <paramref name="i"/>.</summary>
    public bool IsHead(int i) => inDegree[i] == 0;

    /// <summary>Whether following <paramref name="i"/> runs into a loop.</summary>
    public bool EndsInLoop(int i) => endsInLoop[i];

    /// <summary>The number of aliases on the chain from <paramref name="i"/> to its end (1 when its target is not an alias).</summary>
    public int ChainLength(int i) => length[i];

    /// <summary>The last alias on the chain from <paramref name="i"/> (not defined for chains that end in a loop).</summary>
    public int Last(int i) => last[i];

    /// <summary>
    /// The chain from <paramref name="head"/> as text: <c>a → b → c</c>, the start's name then each alias's target.
    /// Long chains show their first names, a count of the elided ones, and the last alias with its target, so the
    /// cost is bounded by <see cref="MaxShownNames"/> whatever the chain's length.
    /// </summary>
    public string DescribeChain(int head)
    {
        int hops = length[head];
        var sb = new StringBuilder();
        sb.Append(Node(head).Name);
        if (hops + 1 <= MaxShownNames)
        {
            for (int at = head, k = 0; k < hops; at = next[at], k++)
            {
                sb.Append(" → ").Append(Target(at));
            }

            return sb.ToString();
        }

        int shown = MaxShownNames - 3;
        int i = head;
        for (int k = 0; k < shown; k++, i = next[i])
        {
            sb.Append(" → ").Append(Target(i));
        }

        int end = last[head];
        sb.Append(" → … (").Append(hops - shown - 2).Append(" more) … → ").Append(Node(end).Name).Append(" → ").Append(Target(end));
        return sb.ToString();
    }

    /// <summary>The loop <paramref name="members"/> as text, starting at position <paramref name="from"/> and closing on it.</summary>
    public string DescribeLoop(int[] members, int from)
    {
        int hops = members.Length;
        var sb = new StringBuilder();
        sb.Append(Node(members[from]).Name);
        if (hops + 1 <= MaxShownNames)
        {
            for (int k = 0; k < hops; k++)
            {
                sb.Append(" → ").Append(Target(members[(from + k) % hops]));
            }

            return sb.ToString();
        }

        int head = (MaxShownNames / 2) - 1;
        int tail = MaxShownNames - head - 1;
        for (int k = 0; k < head; k++)
        {
            sb.Append(" → ").Append(Target(members[(from + k) % hops]));
        }

        sb.Append(" → … (").Append(hops - head - tail).Append(" more) …");
        for (int k = hops - tail; k < hops; k++)
        {
            sb.Append(" → ").Append(Target(members[(from + k) % hops]));
        }

        return sb.ToString();
    }

    /// <summary>The CNAME records along the chain after <paramref name="head"/>, at most <paramref name="max"/> of them.</summary>
    public IEnumerable<ResourceRecord> ChainRecords(int head, int max)
    {
        int count = 0;
        for (int at = next[head]; at >= 0 && count < max; at = next[at], count++)
        {
            yield return Record(at);
        }
    }

    private void Link(Zone zone, CancellationToken cancellationToken)
    {
        int n = nodes.Count;
        next = new int[n];
        inDegree = new int[n];
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // PERF: a target is looked up through its name, the table's entry for its number and the node's entry, each
            // a likely cache miss: fetched a few aliases ahead, each stage after the one it reads.
            if (i + NamesAhead < n)
            {
                Prefetch.Object(targets[i + NamesAhead]);
            }

            if (i + LookupsAhead < n)
            {
                zone.PrefetchLookup(targets[i + LookupsAhead]);
            }

            next[i] = -1;
            var target = Target(i);
            if (ZoneQueries.GetScope(zone, target, out _) == TargetScope.Authoritative
                && ZoneQueries.Lookup(zone, target) is { } resolved
                && CollectionsMarshal.AsSpan(nodes).BinarySearch(resolved.Id) is var j and >= 0)
            {
                next[i] = j;
                inDegree[j]++;
            }
        }
    }

    /// <summary>One pass over the functional graph: white, on the current path, or done; each alias is visited once.</summary>
    private void Walk()
    {
        int n = nodes.Count;
        length = new int[n];
        last = new int[n];
        endsInLoop = new bool[n];
        var state = new byte[n];
        var path = new List<int>();
        for (int s = 0; s < n; s++)
        {
            if (state[s] != 0)
            {
                continue;
            }

            path.Clear();
            int at = s;
            while (at >= 0 && state[at] == 0)
            {
                state[at] = 1;
                path.Add(at);
                at = next[at];
            }

            int end = path.Count;
            if (at >= 0 && state[at] == 1)
            {
                // A new loop: the path from the first visit of 'at' to its end.
                int from = path.IndexOf(at);
                var members = path.GetRange(from, path.Count - from).ToArray();
                Loops.Add(members);
                foreach (int m in members)
                {
                    endsInLoop[m] = true;
                    length[m] = members.Length;
                    state[m] = 2;
                }

                end = from;
            }

            // Unwind the rest of the path in reverse, from what is known about where it ended.
            for (int k = end - 1; k >= 0; k--)
            {
                int i = path[k];
                int j = next[i];
                if (j < 0)
                {
                    length[i] = 1;
                    last[i] = i;
                }
                else
                {
                    length[i] = length[j] + 1;
                    last[i] = last[j];
                    endsInLoop[i] = endsInLoop[j];
                }

                state[i] = 2;
            }
        }
    }
}
