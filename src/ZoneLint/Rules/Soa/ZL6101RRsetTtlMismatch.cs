using System.Globalization;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Soa;

/// <summary>
/// One RRset, one TTL: "the use of differing TTLs in an RRSet is hereby deprecated, the TTLs of all RRs in an RRSet must
/// be the same" (RFC 2181 §5.2). Reported once per RRset, at the first record whose TTL differs from the first record's.
/// </summary>
/// <remarks>RRSIG (and SIG) are skipped: signatures over different types share an owner and rightly carry different TTLs (RFC 4034 §3).</remarks>
[ZoneRule("ZL6101", "TTLs differ within one RRset", "TTLs differ within the {0} RRset at '{1}' ({2}); resolvers may cache parts of it for different times", RuleCategories.Ttl, DiagnosticSeverity.Warning)]
internal sealed class ZL6101RRsetTtlMismatch : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Zone.NodesWithLargerRRsets)
        {
            var records = node.RecordSpan;
            int start = 0;
            while (start < records.Length)
            {
                var type = records[start].Type;
                int end = ZoneNode.EndOfRRset(records, start);

                if (type != RRType.RRSIG && type != RRType.SIG)
                {
                    Check(context, node, records, start, end);
                }

                start = end;
            }
        }
    }

    private static void Check(RuleContext context, ZoneNode node, ReadOnlySpan<ResourceRecord> records, int start, int end)
    {
        var first = records[start];
        int differing = start + 1;
        while (differing < end && records[differing].Ttl == first.Ttl)
        {
            differing++;
        }

        if (differing == end)
        {
            return;
        }

        // PERF: the list of TTLs is only built for an RRset that is reported.
        var ttls = new SortedSet<uint>();
        for (int i = start; i < end; i++)
        {
            ttls.Add(records[i].Ttl);
        }

        string list = string.Join(", ", ttls.Select(t => t.ToString(CultureInfo.InvariantCulture)));
        context.Report(records[differing], [first], first.Type, node.Name, list);
    }
}
