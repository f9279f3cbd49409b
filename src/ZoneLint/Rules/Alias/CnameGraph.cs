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

    // PERF: keyed by the nodes' numbers: a dictionary keyed by ZoneNode, a struct of this assembly, has no precompiled
    // code and ran unoptimised (jitted at its first tier) through a large zone's lint. Nodes are kept as numbers too
    // (4 bytes each, not 16).
    private readonly Dictionary<int, int> index;
    private readonly Zone zone;
    private readonly List<int> nodes;
    private readonly List<ResourceRecord> records;
    private int[] next = [];
    private int[] length = [];
    private int[] last = [];
    private bool[] endsInLoop = [];
    private int[] inDegree = [];

    /// <remarks>PERF: sized for every alias of the zone, so nothing is grown by doubling.</remarks>
    private CnameGraph(Zone zone, int aliases)
    {
        this.zone = zone;
        index = new(aliases);
        nodes = new(aliases);
        records = new(aliases);
    }

    /// <summary>The loops, each as its members in order, starting anywhere.</summary>
    public List<int[]> Loops { get; } = [];

    public int Count => nodes.Count;

    /// <summary>The zone's alias graph, built once per zone and shared by the chain and loop rules.</summary>
    public static CnameGraph Build(Zone zone, CancellationToken cancellationToken) =>
        zone.GetShared(z => BuildNew(z, cancellationToken));

    private static CnameGraph BuildNew(Zone zone, CancellationToken cancellationToken)
    {
        var aliases = zone.NodesWith(RRType.CNAME, NodeReads.Targets);
        var graph = new CnameGraph(zone, aliases.Length);
        foreach (var node in aliases)
        {
            var cnames = node.Get(RRType.CNAME);
            if (!cnames.IsEmpty && cnames[0].Data is CNameData && zone.Contains(node) && ZoneQueries.IsAuthoritative(node, RRType.CNAME))
            {
                graph.index.Add(node.Id, graph.nodes.Count);
                graph.nodes.Add(node.Id);
                graph.records.Add(cnames[0]);
            }
        }

        graph.Link(zone, cancellationToken);
        graph.Walk();
        return graph;
    }

    public ZoneNode Node(int i) => new(zone, nodes[i]);

    public ResourceRecord Record(int i) => records[i];

    public DomainName Target(int i) => ((CNameData)records[i].Data).Target;

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
            yield return records[at];
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

            next[i] = -1;
            var target = Target(i);
            if (ZoneQueries.GetScope(zone, target, out _) == TargetScope.Authoritative
                && ZoneQueries.Lookup(zone, target) is { } resolved
                && index.TryGetValue(resolved.Id, out int j))
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
