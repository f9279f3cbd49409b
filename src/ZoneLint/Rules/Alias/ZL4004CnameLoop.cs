using ZoneLint.Engine;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// A CNAME loop never resolves: each alias points at the next and the last back at the first (RFC 1034 §3.6.2 has
/// resolvers guard against such loops; RFC 1912 §2.4 warns of resolvers that "fail to check loops correctly").
/// Reported once per loop, at the member first in canonical order, with the loop in the message and every member as
/// a related location. Found in one linear pass over the aliases (<see cref="CnameGraph"/>), wildcards included.
/// </summary>
[ZoneRule("ZL4004", "CNAME loop", "CNAME loop: {0}; these names never resolve", RuleCategories.Alias, DiagnosticSeverity.Error)]
internal sealed class ZL4004CnameLoop : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var graph = CnameGraph.Build(context.Zone, context.CancellationToken);
        foreach (var members in graph.Loops)
        {
            int first = 0;
            for (int k = 1; k < members.Length; k++)
            {
                if (graph.Node(members[k]).Name.CompareTo(graph.Node(members[first]).Name) < 0)
                {
                    first = k;
                }
            }

            var at = graph.Record(members[first]);
            var related = members.Where((_, k) => k != first).Select(graph.Record);
            context.Report(at, related, graph.DescribeLoop(members, first));
        }
    }
}
