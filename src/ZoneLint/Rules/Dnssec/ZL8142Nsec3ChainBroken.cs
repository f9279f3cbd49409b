using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// The NSEC3 records of a chain, sorted by hash, each point to the next — "the Next Hashed Owner Name field [...] of the
/// last NSEC3 RR in the zone [is] the value of the hashed owner name of the first NSEC3 RR in the zone" — and each one's
/// owner is the Base32hex hash of a name of the zone, one label directly below the apex (RFC 5155 §3.1.7, §7.1). An
/// NSEC3 whose hash is no name's (left from a removed name, made for glue, or hashed with other parameters) and two
/// NSEC3 records at one hashed owner break the proofs the chain gives.
/// </summary>
[ZoneRule("ZL8142", "NSEC3 chain broken", "{0}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8142Nsec3ChainBroken : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var chain = Nsec3Chain.For(zone);
        if (chain.Mode != DenialMode.Nsec3 || chain.Parameters is null)
        {
            return;
        }

        foreach (var r in chain.BadOwners)
        {
            context.Report(r, $"NSEC3 owner '{r.Owner}' is not a hashed owner name: it must be the 32-character Base32hex SHA-1 hash of a name as a single label directly below '{zone.Origin}'");
        }

        var entries = chain.Entries;
        for (int i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (i > 0 && entries[i - 1].Hash == entry.Hash)
            {
                context.Report(entry.Record, [entries[i - 1].Record], $"NSEC3 at '{entry.Record.Owner}' is the second NSEC3 of the chain at this hashed owner: each has exactly one");
                continue;
            }

            if (chain.MembersHashed && !chain.Members.TryGetValue(entry.Hash, out _))
            {
                context.Report(entry.Record, $"NSEC3 at '{entry.Record.Owner}' is the hash of no name that needs one (a removed name, glue, an occluded name, or a hash made with other parameters)");
            }

            // The next distinct hash in the chain, wrapping to the first.
            int j = (i + 1) % entries.Length;
            while (j != i && entries[j].Hash == entry.Hash)
            {
                j = (j + 1) % entries.Length;
            }

            var next = entries[j].Hash;
            if (entry.Data.NextHashedOwnerName.Length != 20 || Nsec3Hash.From(entry.Data.NextHashedOwnerName.AsSpan()) != next)
            {
                string position = j <= i ? "the first hash of the chain (the last NSEC3 points back to it)" : "the next hash in the chain";
                context.Report(entry.Record, $"NSEC3 at '{entry.Record.Owner}' points to {entry.Data.NextHashedOwnerNameText}, but {position} is {next}");
            }
        }
    }
}
