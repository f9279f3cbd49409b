using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Records;

/// <summary>
/// Since CVE-2024-1737, BIND 9.18.28 and later cap what one name may hold in a zone database: 100 records in an RRset
/// (<c>max-records-per-type</c>) and 100 RRsets (<c>max-types-per-name</c>), an RRSIG set counting once per type it
/// covers. A primary refuses to load a zone over either cap and a secondary to take it by transfer, while
/// named-checkzone, which reads no configuration, passes it. Both caps are settings here, under BIND's names.
/// </summary>
[ZoneRule("ZL7011", "More records or types at a name than BIND loads", "{0}", RuleCategories.Records, DiagnosticSeverity.Warning)]
internal sealed class ZL7011BindRecordLimits : ZoneRule
{
    private const long BindDefault = 100;

    public override void Analyze(RuleContext context)
    {
        long maxRecords = context.GetSetting("max_records_per_type", BindDefault, 0, int.MaxValue);
        long maxTypes = context.GetSetting("max_types_per_name", BindDefault, 0, int.MaxValue);
        long fewest = Math.Min(maxRecords == 0 ? long.MaxValue : maxRecords, maxTypes == 0 ? long.MaxValue : maxTypes);
        if (fewest == long.MaxValue)
        {
            return;
        }

        // PERF: with caps of the usual size only the few names of many records are visited, not every name of the zone.
        if (fewest >= Zone.ManyRecords)
        {
            foreach (var node in context.Zone.NodesWithManyRecords)
            {
                Check(context, node, fewest, maxRecords, maxTypes);
            }
        }
        else
        {
            foreach (var node in context.Zone.Nodes)
            {
                Check(context, node, fewest, maxRecords, maxTypes);
            }
        }
    }

    private static void Check(RuleContext context, ZoneNode node, long fewest, long maxRecords, long maxTypes)
    {
        var records = node.RecordSpan;
        if (records.Length <= fewest)
        {
            return;
        }

        int types = 0;
        int start = 0;
        while (start < records.Length)
        {
            var type = records[start].Type;
            int end = ZoneNode.EndOfRRset(records, start);

            if (type == RRType.RRSIG)
            {
                types += CheckSignatures(context, records[start..end], maxRecords, node.Name);
            }
            else
            {
                types++;
                if (maxRecords > 0 && end - start > maxRecords)
                {
                    ReportRecords(context, records[start], $"the {type} RRset", node.Name, end - start, maxRecords);
                }
            }

            start = end;
        }

        if (maxTypes > 0 && types > maxTypes)
        {
            context.Report(DnssecZone.FirstInFile(node), string.Create(CultureInfo.InvariantCulture,
                $"'{node.Name}' has {types:N0} RRsets (an RRSIG set counts once per type it covers), more than BIND's max-types-per-name allows ({Limit(maxTypes)}): named refuses to load the zone"));
        }
    }

    /// <summary>Reports the signatures over the cap for each type they cover, and returns how many types they cover.</summary>
    private static int CheckSignatures(RuleContext context, ReadOnlySpan<ResourceRecord> signatures, long maxRecords, DomainName name)
    {
        // The covered types in order of their first signature, each with its count and first signature.
        var covered = new Dictionary<RRType, (int Count, ResourceRecord First)>();
        foreach (var signature in signatures)
        {
            var typeCovered = signature.Data is RrsigData rrsig ? rrsig.TypeCovered : RRType.RRSIG;
            covered[typeCovered] = covered.TryGetValue(typeCovered, out var seen) ? (seen.Count + 1, seen.First) : (1, signature);
        }

        if (maxRecords > 0)
        {
            foreach (var (type, (count, first)) in covered)
            {
                if (count > maxRecords)
                {
                    ReportRecords(context, first, $"the RRSIG RRset covering {type}", name, count, maxRecords);
                }
            }
        }

        return covered.Count;
    }

    private static void ReportRecords(RuleContext context, ResourceRecord first, string rrset, DomainName name, int count, long maxRecords) =>
        context.Report(first, string.Create(CultureInfo.InvariantCulture,
            $"{rrset} at '{name}' has {count:N0} records, more than BIND's max-records-per-type allows ({Limit(maxRecords)}): named refuses to load the zone"));

    private static string Limit(long value) => value == BindDefault
        ? "100, its default since 9.18.28"
        : string.Create(CultureInfo.InvariantCulture, $"{value:N0}, as set for ZL7011");
}
