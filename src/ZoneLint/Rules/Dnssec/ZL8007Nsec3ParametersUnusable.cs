using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// NSEC3 and NSEC3PARAM records that servers or validators ignore (RFC 5155): an NSEC3PARAM whose Flags field is not 0
/// ("NSEC3PARAM RRs with a Flags field value other than zero MUST be ignored", §4.1.2; Opt-Out belongs in the NSEC3
/// records), an NSEC3PARAM away from the zone apex (§4), a hash algorithm other than 1, SHA-1, the only one defined
/// (§11), and NSEC3 records with flags other than Opt-Out ("Validators MUST ignore NSEC3 RRs with a Flag fields value
/// other than zero or one", §8.2). NSEC3 findings are reported once per distinct value, at the first record.
/// </summary>
[ZoneRule("ZL8007", "NSEC3 or NSEC3PARAM parameters are unusable", "{0} at '{1}': {2}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8007Nsec3ParametersUnusable : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var nsec3Problems = new Dictionary<string, (ResourceRecord First, int Count)>(StringComparer.Ordinal);
        foreach (var node in zone.NodesWith(RRType.NSEC3PARAM))
        {
            foreach (var record in node.Get(RRType.NSEC3PARAM))
            {
                if (record.Data is not Nsec3ParamData p)
                {
                    continue;
                }

                if (!node.IsApex)
                {
                    context.Report(record, "NSEC3PARAM", record.Owner, "NSEC3PARAM belongs at the zone apex (RFC 5155 §4); here no server uses it");
                }

                if (p.Flags != 0)
                {
                    string optOut = (p.Flags & Nsec3Data.OptOutFlag) != 0 ? " (Opt-Out is set in the NSEC3 records, not in NSEC3PARAM)" : string.Empty;
                    context.Report(record, "NSEC3PARAM", record.Owner, $"flags {p.Flags} must be 0{optOut}; servers ignore an NSEC3PARAM with other flags (RFC 5155 §4.1.2)");
                }

                if (p.HashAlgorithm != 1)
                {
                    context.Report(record, "NSEC3PARAM", record.Owner, $"hash algorithm {p.HashAlgorithm} is not defined: 1 (SHA-1) is the only NSEC3 hash algorithm (RFC 5155 §11)");
                }
            }
        }

        foreach (var node in zone.NodesWith(RRType.NSEC3))
        {
            foreach (var record in node.Get(RRType.NSEC3))
            {
                if (record.Data is not Nsec3Data n)
                {
                    continue;
                }

                if ((n.Flags & ~Nsec3Data.OptOutFlag) != 0)
                {
                    Add(nsec3Problems, $"flags {n.Flags} set bits other than Opt-Out (1); validators ignore such NSEC3 records (RFC 5155 §8.2)", record);
                }

                if (n.HashAlgorithm != 1)
                {
                    Add(nsec3Problems, $"hash algorithm {n.HashAlgorithm} is not defined: 1 (SHA-1) is the only NSEC3 hash algorithm (RFC 5155 §11), so validators cannot use the record", record);
                }
            }
        }

        foreach (var (message, (first, count)) in nsec3Problems)
        {
            string more = count == 1 ? string.Empty : $" ({count - 1} more NSEC3 records alike)";
            context.Report(first, "NSEC3", first.Owner, message + more);
        }
    }

    private static void Add(Dictionary<string, (ResourceRecord First, int Count)> problems, string message, ResourceRecord record)
    {
        if (problems.TryGetValue(message, out var seen))
        {
            bool earlier = record.Location.Line < seen.First.Location.Line
                || (record.Location.Line == seen.First.Location.Line && record.Location.Column < seen.First.Location.Column);
            problems[message] = (earlier ? record : seen.First, seen.Count + 1);
        }
        else
        {
            problems[message] = (record, 1);
        }
    }
}
