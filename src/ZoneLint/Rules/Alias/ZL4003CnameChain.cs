using ZoneLint.Engine;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// "Domain names in RRs which point at another name should always point at the primary name and not the alias"
/// (RFC 1034 §3.6.2); chained CNAMEs are "known to tickle bugs in some resolvers that fail to check loops correctly"
/// (RFC 1912 §2.4). Reported once per chain, at its first alias (one no other in-zone alias points at), with the whole
/// chain in the message and every hop as a related location. Chains that run into a loop are ZL4004's.
/// Linear in the zone's size: the chains are memoised in one pass (<see cref="CnameGraph"/>), and a message shows at
/// most <see cref="CnameGraph.MaxShownNames"/> names and <see cref="MaxRelated"/> related locations.
/// </summary>
[ZoneRule("ZL4003", "CNAME chain", "CNAME chain: {0}; point '{1}' directly at '{2}'", RuleCategories.Alias, DiagnosticSeverity.Warning)]
internal sealed class ZL4003CnameChain : ZoneRule
{
    /// <summary>The most related locations one finding lists, so a chain reported from many heads stays linear.</summary>
    public const int MaxRelated = 100;

    public override void Analyze(RuleContext context)
    {
        var graph = CnameGraph.Build(context.Zone, context.CancellationToken);
        for (int i = 0; i < graph.Count; i++)
        {
            if (graph.Next(i) < 0 || !graph.IsHead(i) || graph.EndsInLoop(i))
            {
                continue;
            }

            var end = graph.Target(graph.Last(i));
            context.Report(graph.Record(i), graph.ChainRecords(i, MaxRelated), graph.DescribeChain(i), graph.Node(i).Name, end);
        }
    }
}
