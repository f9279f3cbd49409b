using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Records;

/// <summary>
/// "It is meaningless for two records to ever have label, class, type and data all equal - servers should suppress such
/// duplicates if encountered" (RFC 2181 §5). Names inside RDATA compare without case (RFC 4343), as
/// <see cref="RecordData"/> equality does. Each later copy is reported, with the first as related location.
/// </summary>
/// <remarks>
/// PERF: one pass over the nodes with an RRset of two or more (<see cref="Zone.NodesWithLargerRRsets"/>); an RRset of two is compared directly, larger ones go through one reused hash table,
/// so the rule is linear in the number of records.
/// </remarks>
[ZoneRule("ZL7001", "Duplicate record", "duplicate {0} record at '{1}': the same record appears {2}; servers keep only one copy", RuleCategories.Records, DiagnosticSeverity.Warning)]
internal sealed class ZL7001DuplicateRecord : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        // PERF: keyed by what can differ within one node: its records share their owner (case aside), which a record's
        // own equality and hash read again for each record, the octets lowered and hashed.
        var seen = new Dictionary<(RRClass Class, RecordData Data), ResourceRecord>();
        foreach (var node in context.Zone.NodesWithLargerRRsets)
        {
            var records = node.RecordSpan;
            int start = 0;
            while (start < records.Length)
            {
                int end = start + 1;
                while (end < records.Length && records[end].Type == records[start].Type)
                {
                    end++;
                }

                if (end - start == 2)
                {
                    if (records[start].Class == records[start + 1].Class && records[start].Data.Equals(records[start + 1].Data))
                    {
                        Report(context, records[start + 1], records[start]);
                    }
                }
                else if (end - start > 2)
                {
                    seen.Clear();
                    for (int i = start; i < end; i++)
                    {
                        var key = (records[i].Class, records[i].Data);
                        if (!seen.TryAdd(key, records[i]))
                        {
                            Report(context, records[i], seen[key]);
                        }
                    }
                }

                start = end;
            }
        }
    }

    private static void Report(RuleContext context, ResourceRecord copy, ResourceRecord original)
    {
        var first = original.Location;
        string where = !first.IsKnown ? "earlier"
            : first.File == copy.Location.File ? $"at line {first.Line}"
            : $"at {first.File ?? "<text>"} line {first.Line}";
        context.Report(copy, [original], copy.Type, copy.Owner, where);
    }
}
