using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
        HashSet<ChainParameters>? used = null;
        foreach (var node in zone.NodesWith(RRType.NSEC3PARAM))
        {
            foreach (var r in node.Get(RRType.NSEC3PARAM))
            {
                if (r.Data is not Nsec3ParamData p)
                {
                    continue;
                }

                if (!node.IsApex)
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
                else if (!(used ??= [.. chain.AllRecords.Select(e => new ChainParameters(e.Data.HashAlgorithm, e.Data.Iterations, e.Data.Salt))]).Contains(new(p.HashAlgorithm, p.Iterations, p.Salt)))
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
        var knownSet = known.Select(k => new ChainParameters(k.Algorithm, k.Iterations, ImmutableCollectionsMarshal.AsImmutableArray(k.Salt))).ToHashSet();
        foreach (var (record, data) in chain.AllRecords)
        {
            if (knownSet.Contains(new(data.HashAlgorithm, data.Iterations, data.Salt)))
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

    /// <summary>Hash algorithm, iterations and salt, which the records of one chain share: equal when their octets are.</summary>
    private readonly record struct ChainParameters(byte Algorithm, ushort Iterations, ImmutableArray<byte> Salt)
    {
        public bool Equals(ChainParameters other) =>
            Algorithm == other.Algorithm && Iterations == other.Iterations && Salt.AsSpan().SequenceEqual(other.Salt.AsSpan());

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Algorithm);
            hash.Add(Iterations);
            hash.AddBytes(Salt.AsSpan());
            return hash.ToHashCode();
        }
    }

    private static string Describe(byte algorithm, ushort iterations, ReadOnlySpan<byte> salt) =>
        string.Create(CultureInfo.InvariantCulture, $"'{algorithm} {iterations} {(salt.IsEmpty ? "-" : Convert.ToHexString(salt))}'");
}
