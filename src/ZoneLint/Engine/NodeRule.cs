using ZoneLint.Model;

namespace ZoneLint.Engine;

/// <summary>
/// A built-in rule that looks at the nodes holding records of one type, each node on its own: what it finds at one node
/// does not depend on what it found at another.
/// </summary>
/// <remarks>
/// PERF: the lint walks a type's nodes once for all such rules of that type (<see cref="ZoneLinter"/>), each node's
/// records, data and targets read from memory once and then found in the cache by the next rule; walked by each rule
/// on its own, every rule paid the misses again (the eight MX rules were an eighth of the 1M-record zone's rule
/// samples, most of it in the walk). <see cref="Analyze"/> walks the nodes itself, so the rule also runs on its own
/// (tests, the streaming lint, a debug log that times each rule).
/// </remarks>
internal abstract class NodeRule(RRType type, NodeReads reads = NodeReads.Records) : ZoneRule
{
    /// <summary>How many nodes are visited between looks at the cancellation token.</summary>
    internal const int NodesBetweenCancellationChecks = 4096;

    /// <summary>The type whose nodes the rule looks at.</summary>
    public RRType NodeType => type;

    /// <summary>What of those nodes the rule reads, for the walk to fetch ahead.</summary>
    public NodeReads Reads => reads;

    /// <inheritdoc/>
    public sealed override void Analyze(RuleContext context)
    {
        int visited = 0;
        foreach (var node in context.Zone.NodesWith(type, reads))
        {
            if (++visited % NodesBetweenCancellationChecks == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            AnalyzeNode(context, node);
        }
    }

    /// <summary>Checks <paramref name="node"/>, one of the zone's nodes with records of <see cref="NodeType"/>.</summary>
    public abstract void AnalyzeNode(RuleContext context, ZoneNode node);
}
