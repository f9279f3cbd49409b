using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// The NSEC3PARAM record at the apex tells authoritative servers which NSEC3 chain to answer from (RFC 5155 §4): it
/// belongs at the apex, its flags are zero ("NSEC3PARAM RRs with a Flags field value other than zero MUST be ignored",
/// §4.1.2), its hash algorithm is one servers know (1, SHA-1), and a chain of NSEC3 records with exactly its hash
/// algorithm, iterations and salt must exist — the chain's records all share those parameters (§7.1). An NSEC3 zone
/// without an NSEC3PARAM leaves servers without a chain to serve.
/// </summary>
[ZoneRule("ZL8140", "NSEC3 parameters inconsistent", "{0}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8140Nsec3ParametersInconsistent : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var chain = Nsec3Chain.For(zone);
        var apexParams = new List<(ResourceRecord Record, Nsec3ParamData Data)>();

        // PERF: the parameters the NSEC3 records use, as a set, not a scan of every NSEC3 record per NSEC3PARAM (and of
        // every NSEC3PARAM per NSEC3 record below): 40,000 of each with other salts took 101 s (10,000: 3.3 s).
        HashSet<(byte, ushort, string)>? used = null;
        foreach (var node in zone.NodesWith(RRType.NSEC3PARAM))
        {
            foreach (var r in node.Get(RRType.NSEC3PARAM))
            {
                if (r.Data is not Nsec3ParamData p)
                {
                    continue;
                }

                if (!node.Name.Equals(zone.Origin))
                {
                    context.Report(r, $"NSEC3PARAM at '{node.Name}' is not at the zone apex '{zone.Origin}', where servers look for it");
                    continue;
                }

                apexParams.Add((r, p));
                if (p.Flags != 0)
                {
                    context.Report(r, string.Create(CultureInfo.InvariantCulture, $"NSEC3PARAM has flags {p.Flags}: they must be zero, and servers ignore an NSEC3PARAM whose flags are not"));
                }

                if (p.HashAlgorithm != 1)
                {
                    context.Report(r, string.Create(CultureInfo.InvariantCulture, $"NSEC3PARAM names hash algorithm {p.HashAlgorithm}; only 1 (SHA-1) is defined"));
                }
                else if (!(used ??= KeysOf(chain.AllRecords)).Contains(Key(p.HashAlgorithm, p.Iterations, p.Salt.AsSpan())))
                {
                    context.Report(r, string.Create(CultureInfo.InvariantCulture, $"NSEC3PARAM {Describe(p.HashAlgorithm, p.Iterations, p.Salt.AsSpan())} has no NSEC3 chain: no NSEC3 record uses these parameters"));
                }
            }
        }

        if (chain.AllRecords.Count == 0)
        {
            return;
        }

        if (apexParams.Count == 0)
        {
            if (chain.Mode == DenialMode.Nsec3)
            {
                var first = chain.AllRecords.Select(e => e.Record).Aggregate(DnssecZone.Earlier);
                context.Report(first, $"the zone has NSEC3 records but no NSEC3PARAM at '{zone.Origin}': servers cannot tell which chain to answer from");
            }

            if (chain.Parameters is not { } p)
            {
                return;
            }

            ReportOthers(context, chain, [(p.Algorithm, p.Iterations, p.Salt)], "the chain's");
            return;
        }

        ReportOthers(context, chain, [.. apexParams.Select(a => (a.Data.HashAlgorithm, a.Data.Iterations, a.Data.Salt.ToArray()))], "any NSEC3PARAM's");
    }

    /// <summary>Reports, once per parameter set, NSEC3 records that belong to no announced chain.</summary>
    private static void ReportOthers(RuleContext context, Nsec3Chain chain, List<(byte Algorithm, ushort Iterations, byte[] Salt)> known, string whose)
    {
        var groups = new Dictionary<string, (ResourceRecord First, Nsec3Data Data, int Count)>(StringComparer.Ordinal);
        var knownKeys = known.Select(k => Key(k.Algorithm, k.Iterations, k.Salt)).ToHashSet();
        Nsec3Data? previous = null;
        bool previousKnown = false;
        foreach (var (record, data) in chain.AllRecords)
        {
            // PERF: a chain's records share their parameters, so a record like the one before it is not looked up again.
            bool isKnown = previous is not null && Nsec3Chain.Matches(data, previous.HashAlgorithm, previous.Iterations, previous.Salt.AsSpan())
                ? previousKnown
                : knownKeys.Contains(Key(data.HashAlgorithm, data.Iterations, data.Salt.AsSpan()));
            (previous, previousKnown) = (data, isKnown);
            if (isKnown)
            {
                continue;
            }

            string key = Describe(data.HashAlgorithm, data.Iterations, data.Salt.AsSpan());
            groups[key] = groups.TryGetValue(key, out var g) ? (DnssecZone.Earlier(g.First, record), data, g.Count + 1) : (record, data, 1);
        }

        foreach (var (key, (first, _, count)) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            context.Report(first, string.Create(CultureInfo.InvariantCulture, $"{count} NSEC3 record(s) use parameters {key}, not {whose}: they form no chain a server answers from (all NSEC3 records of a chain share hash algorithm, iterations and salt)"));
        }
    }

    /// <summary>Hash algorithm, iterations and salt (in hex), which records of one chain share, as a key of a set.</summary>
    private static (byte, ushort, string) Key(byte algorithm, ushort iterations, ReadOnlySpan<byte> salt) =>
        (algorithm, iterations, Convert.ToHexString(salt));

    /// <summary>The keys of <paramref name="records"/>' parameters, each worked out once per run of records that share them.</summary>
    private static HashSet<(byte, ushort, string)> KeysOf(List<(ResourceRecord Record, Nsec3Data Data)> records)
    {
        var keys = new HashSet<(byte, ushort, string)>();
        Nsec3Data? previous = null;
        foreach (var (_, data) in records)
        {
            if (previous is null || !Nsec3Chain.Matches(data, previous.HashAlgorithm, previous.Iterations, previous.Salt.AsSpan()))
            {
                keys.Add(Key(data.HashAlgorithm, data.Iterations, data.Salt.AsSpan()));
                previous = data;
            }
        }

        return keys;
    }

    private static string Describe(byte algorithm, ushort iterations, ReadOnlySpan<byte> salt) =>
        string.Create(CultureInfo.InvariantCulture, $"'{algorithm} {iterations} {(salt.IsEmpty ? "-" : Convert.ToHexString(salt))}'");
}
