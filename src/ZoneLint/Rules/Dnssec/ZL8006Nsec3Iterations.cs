using System.Collections.Immutable;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// NSEC3 parameters RFC 9276 §3.1 advises against: "If NSEC3 must be used, then an iterations count of 0 MUST be used
/// to alleviate computational burdens", and "Operators SHOULD NOT use a salt" (a salt is an info finding, extra
/// iterations a warning). Extra iterations cost every validator work and buy nothing, and validators may treat zones
/// with many iterations as insecure or bogus (RFC 9276 §3.2). Reported once per parameter set: at the NSEC3PARAM that
/// announces it, or at the first NSEC3 record of a chain with no matching NSEC3PARAM.
/// </summary>
[ZoneRule("ZL8006", "NSEC3 uses extra iterations or a salt", "{0} with {1}: {2} (RFC 9276 §3.1); use 0 iterations and no salt: NSEC3PARAM 1 0 0 -", RuleCategories.Dnssec, DiagnosticSeverity.Warning)]
internal sealed class ZL8006Nsec3Iterations : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var announced = new HashSet<(ushort, string)>();
        foreach (var node in zone.NodesWith(RRType.NSEC3PARAM))
        {
            foreach (var record in node.Get(RRType.NSEC3PARAM))
            {
                if (record.Data is Nsec3ParamData p && announced.Add((p.Iterations, Convert.ToHexString(p.Salt.AsSpan()))))
                {
                    Check(context, record, "NSEC3PARAM", p.Iterations, p.Salt);
                }
            }
        }

        var chains = new Dictionary<(ushort, string), (ResourceRecord First, int Count)>();
        foreach (var node in zone.NodesWith(RRType.NSEC3))
        {
            foreach (var record in node.Get(RRType.NSEC3))
            {
                if (record.Data is not Nsec3Data n)
                {
                    continue;
                }

                var key = (n.Iterations, Convert.ToHexString(n.Salt.AsSpan()));
                if (announced.Contains(key))
                {
                    continue;
                }

                chains[key] = chains.TryGetValue(key, out var chain)
                    ? (Earlier(chain.First, record), chain.Count + 1)
                    : (record, 1);
            }
        }

        foreach (var (first, count) in chains.Values)
        {
            var n = (Nsec3Data)first.Data;
            Check(context, first, count == 1 ? "NSEC3" : $"NSEC3 chain ({count} records, no NSEC3PARAM with these parameters)", n.Iterations, n.Salt);
        }
    }

    private static void Check(RuleContext context, ResourceRecord record, string what, ushort iterations, ImmutableArray<byte> salt)
    {
        string saltText = salt.IsEmpty ? "no salt" : $"a {salt.Length}-octet salt";
        if (iterations > 0)
        {
            string iterationsText = iterations == 1 ? "1 extra iteration" : $"{iterations} extra iterations";
            context.ReportShifted(0, record.Location, record.Owner, [], what, $"{iterationsText} and {saltText}", "every extra iteration costs each validator a hash per name and adds no protection; iterations must be 0");
        }
        else if (!salt.IsEmpty)
        {
            context.ReportShifted(-1, record.Location, record.Owner, [], what, saltText, "a salt adds no protection against zone walking and operators should not use one");
        }
    }

    private static ResourceRecord Earlier(ResourceRecord a, ResourceRecord b) =>
        b.Location.Line < a.Location.Line || (b.Location.Line == a.Location.Line && b.Location.Column < a.Location.Column) ? b : a;
}
