using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// Includes and redirects that lead back to a record already being evaluated never end; receivers stop them with
/// permerror through the lookup limit (RFC 7208 §4.6.4, §5.2). Loops among the zone's own records are reported once,
/// at the record of the loop's first name in canonical order, with the whole loop in the message.
/// </summary>
[ZoneRule("ZL2012", "SPF include loop", "{0}", RuleCategories.Spf, DiagnosticSeverity.Error)]
internal sealed class ZL2012SpfIncludeLoop : ZoneRule
{
    /// <summary>
    /// The most include and redirect steps one zone's walks take by default (<c>ZL2012.max_steps</c>). Loops that are
    /// rings are found in one step per include whatever their order; only a zone of thousands of names that include each
    /// other many ways needs more. The loops found by then are reported, and where the search stopped.
    /// </summary>
    private const long DefaultMaxSteps = 10_000_000;

    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var entries = SpfRecords.InZone(zone);
        if (!HasEdge(entries))
        {
            return; // PERF: a loop needs an include or a redirect; without one no map of owners is made or walked.
        }

        long maxSteps = context.GetSetting("max_steps", DefaultMaxSteps, 1);
        var nodes = new List<SpfEntry>(entries.Count);
        var numbers = new Dictionary<DomainName, int>(entries.Count);
        foreach (var entry in entries)
        {
            if (numbers.TryAdd(entry.Owner, nodes.Count))
            {
                nodes.Add(entry);
            }
        }

        var targets = new int[nodes.Count][];
        for (int v = 0; v < nodes.Count; v++)
        {
            var edges = new List<int>();
            foreach (var term in nodes[v].Spf.Terms)
            {
                if (IsEdge(nodes[v], term) && numbers.TryGetValue(term.Target!, out int w))
                {
                    edges.Add(w);
                }
            }

            targets[v] = [.. edges];
        }

        // PERF: a loop lies within one strongly connected component, so only a component's members are walked, and only
        // within their component. A loop is reported from its member first in canonical order, so the walks start in that
        // order and each start is then taken out of the graph, with every name left that no remaining name includes or
        // that includes none (a ring is then gone after its first walk). Walked from every name into everything it
        // reached, a chain of 50,000 includes was quadratic and its recursion overflowed the stack; walked from every
        // member of a ring, a ring was quadratic.
        var component = StronglyConnectedComponents(targets, out var onLoop);
        if (Array.IndexOf(onLoop, true) < 0)
        {
            return;
        }

        var graph = new LoopGraph(targets, component, onLoop);
        var byName = Enumerable.Range(0, nodes.Count).Where(v => onLoop[v]).ToArray();
        Array.Sort(byName, (a, b) => nodes[a].Owner.CompareTo(nodes[b].Owner));

        // PERF: one set of working collections for the whole zone, cleared per record.
        var path = new List<(SpfEntry Entry, SpfTerm Term)>();
        var visited = new HashSet<int>();
        var reported = new HashSet<SpfTerm>();
        var frames = new Stack<(int Node, int NextTerm)>();
        long steps = 0;
        foreach (int start in byName)
        {
            if (!graph.Contains(start))
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            path.Clear();
            visited.Clear();
            visited.Add(start);
            reported.Clear();
            frames.Push((start, 0));
            while (frames.TryPop(out var frame))
            {
                var (v, t) = frame;
                var current = nodes[v];
                var terms = current.Spf.Terms;
                bool descended = false;
                while (t < terms.Length)
                {
                    var term = terms[t++];
                    if (!IsEdge(current, term) || !numbers.TryGetValue(term.Target!, out int w) || component[w] != component[start] || !graph.Contains(w))
                    {
                        continue;
                    }

                    if (++steps > maxSteps)
                    {
                        var first = nodes[start];
                        context.ReportShifted(
                            (int)DiagnosticSeverity.Info - (int)DiagnosticSeverity.Error,
                            first.Record.Location,
                            first.Owner,
                            [],
                            string.Create(CultureInfo.InvariantCulture, $"the search for SPF include loops stopped after {maxSteps:N0} steps, at {first.Owner}: loops among names after it in canonical order are not reported (the setting ZL2012.max_steps raises the limit)"));
                        return;
                    }

                    if (w == start)
                    {
                        path.Add((current, term));
                        Report(context, nodes[start], path, reported);
                        path.RemoveAt(path.Count - 1);
                    }
                    else if (visited.Add(w))
                    {
                        path.Add((current, term));
                        frames.Push((v, t));
                        frames.Push((w, 0));
                        descended = true;
                        break;
                    }
                }

                if (!descended && v != start)
                {
                    path.RemoveAt(path.Count - 1);
                }
            }

            graph.Remove(start);
        }
    }

    /// <summary>
    /// The includes among names that can lie on a loop, each within its component, from which names are taken out: a
    /// name that no name left includes, or that includes none left, can no longer lie on a loop, and goes too.
    /// </summary>
    private sealed class LoopGraph
    {
        private readonly int[][] targets;
        private readonly List<int>[] sources;
        private readonly int[] inDegree;
        private readonly int[] outDegree;
        private readonly bool[] present;
        private readonly Queue<int> removed = new();

        public LoopGraph(int[][] targets, int[] component, bool[] onLoop)
        {
            int n = targets.Length;
            this.targets = new int[n][];
            sources = new List<int>[n];
            inDegree = new int[n];
            outDegree = new int[n];
            present = onLoop.ToArray();
            for (int v = 0; v < n; v++)
            {
                sources[v] = [];
            }

            for (int v = 0; v < n; v++)
            {
                this.targets[v] = onLoop[v] ? [.. targets[v].Where(w => component[w] == component[v])] : [];
                foreach (int w in this.targets[v])
                {
                    sources[w].Add(v);
                    inDegree[w]++;
                    outDegree[v]++;
                }
            }
        }

        public bool Contains(int v) => present[v];

        public void Remove(int v)
        {
            present[v] = false;
            removed.Enqueue(v);
            while (removed.TryDequeue(out int x))
            {
                foreach (int w in targets[x])
                {
                    if (present[w] && --inDegree[w] == 0)
                    {
                        present[w] = false;
                        removed.Enqueue(w);
                    }
                }

                foreach (int u in sources[x])
                {
                    if (present[u] && --outDegree[u] == 0)
                    {
                        present[u] = false;
                        removed.Enqueue(u);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Tarjan's strongly connected components of the graph <paramref name="targets"/>, without recursion: each node's
    /// component number, and in <paramref name="onLoop"/> whether it can lie on a loop (a component of two or more, or an
    /// edge to itself).
    /// </summary>
    private static int[] StronglyConnectedComponents(int[][] targets, out bool[] onLoop)
    {
        int n = targets.Length;
        var order = new int[n];
        var low = new int[n];
        var component = new int[n];
        var onStack = new bool[n];
        onLoop = new bool[n];
        Array.Fill(order, -1);
        var stack = new Stack<int>();
        var calls = new Stack<(int Node, int NextEdge)>();
        var members = new List<int>();
        int counter = 0, components = 0;
        for (int root = 0; root < n; root++)
        {
            if (order[root] >= 0)
            {
                continue;
            }

            Visit(root);
            while (calls.TryPop(out var call))
            {
                var (v, e) = call;
                if (e < targets[v].Length)
                {
                    calls.Push((v, e + 1));
                    int w = targets[v][e];
                    if (order[w] < 0)
                    {
                        Visit(w);
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], order[w]);
                    }

                    continue;
                }

                if (low[v] == order[v])
                {
                    members.Clear();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component[w] = components;
                        members.Add(w);
                    }
                    while (w != v);

                    if (members.Count > 1 || Array.IndexOf(targets[v], v) >= 0)
                    {
                        foreach (int member in members)
                        {
                            onLoop[member] = true;
                        }
                    }

                    components++;
                }

                if (calls.TryPeek(out var parent))
                {
                    low[parent.Node] = Math.Min(low[parent.Node], low[v]);
                }
            }
        }

        return component;

        void Visit(int v)
        {
            order[v] = low[v] = counter++;
            stack.Push(v);
            onStack[v] = true;
            calls.Push((v, 0));
        }
    }

    private static bool HasEdge(IReadOnlyList<SpfEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var term in entry.Spf.Terms)
            {
                if (IsEdge(entry, term))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="t"/> is an include or redirect a receiver follows, with a literal target.</summary>
    private static bool IsEdge(SpfEntry entry, SpfTerm t) =>
        t.Target is not null && (t.Kind == SpfTermKind.Include || (t.Kind == SpfTermKind.Redirect && !entry.Spf.HasAll));

    private static void Report(RuleContext context, SpfEntry start, List<(SpfEntry Entry, SpfTerm Term)> path, HashSet<SpfTerm> reported)
    {
        // Once per loop: from the member first in canonical order (walks never step before their start), and once per
        // term that starts it there.
        if (!reported.Add(path[0].Term))
        {
            return;
        }

        var sb = new StringBuilder();
        foreach (var (entry, term) in path)
        {
            sb.Append(entry.Owner).Append(' ').Append(term.Text).Append(" → ");
        }

        sb.Append(start.Owner);
        string kind = path.All(p => p.Term.Kind == SpfTermKind.Redirect) ? "redirect" : path.All(p => p.Term.Kind == SpfTermKind.Include) ? "include" : "include/redirect";
        var related = path.Skip(1).Select(p => p.Entry.Locate(p.Term)).Where(l => l.IsKnown).ToImmutableArray();
        context.Report(start.Locate(path[0].Term), start.Owner, related, $"SPF {kind} loop: {sb}; receivers fail with permerror");
    }
}
