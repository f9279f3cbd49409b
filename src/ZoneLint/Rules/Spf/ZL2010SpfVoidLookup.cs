using System.Globalization;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// A term whose query finds nothing is a void lookup, and "SPF implementations SHOULD limit 'void lookups' to two ...
/// Exceeding the limit produces a 'permerror' result" (RFC 7208 §4.6.4). Each <c>a</c>, <c>mx</c> and <c>exists</c> term
/// naming a name the zone answers for with no such data is reported (it is a dead reference whatever the count), with the
/// record's tally of void lookups; with a resolver, names outside the zone are checked too. An <c>include</c> of a name
/// without records counts in the tally, but is reported by ZL2011, which it breaks outright. Terms with macros depend on
/// the message and are not checked; <c>a</c> is void only when the name has neither A nor AAAA.
/// </summary>
[ZoneRule("ZL2010", "SPF void lookup", "'{0}' in the SPF record at {1} is a void lookup: {2}; {3}", RuleCategories.Spf, DiagnosticSeverity.Warning)]
internal sealed class ZL2010SpfVoidLookup : ZoneRule
{
    /// <summary>The limit RFC 7208 §4.6.4 recommends.</summary>
    private const int VoidLimit = 2;

    public override void Analyze(RuleContext context)
    {
        var lookup = new NameLookup(context);
        var voids = new List<(SpfTerm Term, string Why)>();
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            voids.Clear();
            int tally = 0;
            foreach (var term in entry.Spf.Terms)
            {
                if (term.QueriedName(entry.Owner) is not { } name)
                {
                    continue;
                }

                string? why = term.Kind switch
                {
                    SpfTermKind.A => Void(lookup, name, RRType.A, RRType.AAAA),
                    SpfTermKind.Mx => Void(lookup, name, RRType.MX),
                    SpfTermKind.Exists => Void(lookup, name, RRType.A),
                    SpfTermKind.Include => Void(lookup, name, RRType.TXT),
                    _ => null,
                };

                if (why is null)
                {
                    continue;
                }

                tally++;
                if (term.Kind != SpfTermKind.Include)
                {
                    voids.Add((term, why));
                }
            }

            if (voids.Count == 0)
            {
                continue;
            }

            string consequence = tally > VoidLimit
                ? string.Create(CultureInfo.InvariantCulture, $"the record makes {tally} void lookups, more than the {VoidLimit} receivers allow, so it fails with permerror")
                : string.Create(CultureInfo.InvariantCulture, $"the record makes {tally} of the at most {VoidLimit} void lookups receivers allow");
            foreach (var (term, why) in voids)
            {
                context.Report(entry.Locate(term), entry.Owner, [], term.Text, entry.Owner, why, consequence);
            }
        }
    }

    /// <summary>Why a query of every type in <paramref name="types"/> finds nothing, or null when one finds data or the answer is unknown.</summary>
    private static string? Void(NameLookup lookup, DomainName name, params ReadOnlySpan<RRType> types)
    {
        bool missing = false;
        foreach (var type in types)
        {
            // NXDOMAIN or NODATA: a resolver sees no records.
            var status = lookup.StatusOf(name, type);
            if (status is not (LookupStatus.NameDoesNotExist or LookupStatus.NoData))
            {
                return null;
            }

            missing |= status == LookupStatus.NameDoesNotExist;
        }

        return missing ? $"{name} does not exist" : $"{name} has no {string.Join(" or ", types.ToArray())} record";
    }
}
