using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// "The owner name for the NSEC3 RR is the hash of the original owner name, prepended as a single label to the zone
/// name" (RFC 5155 §3): one label directly below the apex, the hash in Base32 with the extended hex alphabet and no
/// padding (RFC 4648 §7, RFC 5155 §1.3), 32 characters for SHA-1. An NSEC3 owned by anything else matches no hashed
/// name, so it proves nothing and validators cannot use it. BIND's check-names rejects a padded owner such as
/// <c>CPNMU===</c>.
/// </summary>
[ZoneRule("ZL8008", "NSEC3 owner is not a hashed owner name", "NSEC3 owner '{0}' {1}: the owner must be the Base32hex hash of a name, as one label under the zone apex (RFC 5155 §3)", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8008Nsec3OwnerNotHashed : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        foreach (var node in zone.NodesWith(RRType.NSEC3))
        {
            var records = node.Get(RRType.NSEC3);
            if (records.Length == 0 || records[0].Data is not Nsec3Data nsec3)
            {
                continue;
            }

            if (Problem(zone, node.Name, nsec3.HashAlgorithm) is { } problem)
            {
                context.Report(records[0], node.Name, problem);
            }
        }
    }

    private static string? Problem(Zone zone, DomainName owner, byte hashAlgorithm)
    {
        if (owner.LabelCount != zone.Origin.LabelCount + 1)
        {
            return owner.Equals(zone.Origin) ? "is the zone apex" : "is not one label below the zone apex";
        }

        var label = owner.GetLabel(0);
        if (label.Contains((byte)'='))
        {
            return "has Base32 padding ('='), which NSEC3 hashes never carry";
        }

        if (!BinaryText.TryDecodeBase32Hex(label, out var hash))
        {
            return "is not Base32hex (letters A-V and digits only)";
        }

        if (hashAlgorithm == 1 && hash.Length != 20)
        {
            return $"decodes to {hash.Length} octets, but a SHA-1 hash has 20 (32 Base32hex characters)";
        }

        return null;
    }
}
