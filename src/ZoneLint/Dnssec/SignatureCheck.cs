using System.Globalization;
using System.Security.Cryptography;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Dnssec;

/// <summary>What checking one RRSIG found.</summary>
internal enum SignatureStatus
{
    /// <summary>It verifies and the lint time lies in its validity period.</summary>
    Valid,

    /// <summary>It verifies, but the lint time lies outside its validity period.</summary>
    OutsideWindow,

    /// <summary>It does not verify: wrong fields, no such key, or the signature does not match the data.</summary>
    Failed,

    /// <summary>It could not be checked: no verifier for its algorithm, or RDATA whose wire form is not known.</summary>
    Unchecked,

    /// <summary>More apex keys share its key tag and algorithm than one signature is tried against, and none of those tried verifies it.</summary>
    TooManyKeys,
}

/// <summary>One RRSIG's outcome, with the reason when it is not <see cref="SignatureStatus.Valid"/>.</summary>
internal readonly record struct SignatureOutcome(ResourceRecord Signature, SignatureStatus Status, string? Reason);

/// <summary>One signed RRset and what its signatures came to.</summary>
internal sealed record RRsetSignatures(ZoneNode Node, RRType Type, SignatureOutcome[] Outcomes);

/// <summary>
/// Verifies every RRSIG over an authoritative RRset against the apex DNSKEY RRset (RFC 4035 §5.3): signer name, Labels,
/// key tag and algorithm, the signature itself over the canonical RRset, and the validity period at a given time.
/// </summary>
/// <remarks>
/// PERF: RRsets are spread over the cores with <c>Parallel.For</c>;
/// each worker imports each DNSKEY once into its own verifier (crypto objects are not thread-safe) and reuses it for
/// every signature. Canonical RDATA is built once per RRset however many signatures cover it.
/// </remarks>
internal sealed class SignatureCheck
{
    private readonly Zone zone;
    private readonly DnssecAlgorithms algorithms;
    private readonly DateTimeOffset now;
    private readonly DnssecKeyData[] keys;
    private readonly Dictionary<(ushort Tag, byte Algorithm), List<int>> keysByTag = [];
    private readonly int maxKeysPerSignature;

    /// <param name="zone">The zone.</param>
    /// <param name="algorithms">The verifiers by algorithm.</param>
    /// <param name="now">The time validity periods are judged at.</param>
    /// <param name="maxKeysPerSignature">
    /// The most keys one signature is verified with. SECURITY: an RRSIG names its key by tag and algorithm only, so a
    /// validator tries every key that shares them (KeyTrap, CVE-2023-50387): 10,000 keys of one tag and 10,000 signatures
    /// would be 10^8 verifications, hours, from a zone of 8 MB.
    /// </param>
    public SignatureCheck(Zone zone, DnssecAlgorithms algorithms, DateTimeOffset now, int maxKeysPerSignature)
    {
        this.zone = zone;
        this.algorithms = algorithms;
        this.now = now;
        this.maxKeysPerSignature = maxKeysPerSignature;
        var apexKeys = DnssecZone.ApexKeys(zone);
        keys = new DnssecKeyData[apexKeys.Length];
        for (int i = 0; i < apexKeys.Length; i++)
        {
            keys[i] = (DnssecKeyData)apexKeys[i].Data;
            var id = (keys[i].KeyTag, keys[i].Algorithm);
            if (!keysByTag.TryGetValue(id, out var list))
            {
                keysByTag[id] = list = [];
            }

            list.Add(i);
        }
    }

    /// <summary>The signed RRsets of the zone: authoritative RRsets with at least one RRSIG covering them.</summary>
    public List<(ZoneNode Node, RRType Type, ResourceRecord[] Signatures)> FindSignedRRsets()
    {
        var work = new List<(ZoneNode, RRType, ResourceRecord[])>();
        foreach (var node in zone.NodesWith(RRType.RRSIG))
        {
            var rrsigs = node.Get(RRType.RRSIG);
            if (rrsigs.Length == 0)
            {
                continue;
            }

            var role = DnssecZone.Role(zone, node.Name);
            if (role is NodeRole.NotAuthoritative or NodeRole.OutOfZone)
            {
                continue;
            }

            // Group by type covered. PERF: a name has a handful of RRSIGs, so a quadratic pass beats a dictionary per name;
            // SECURITY: but not the thousands of types a name can own (60,000 types and their signatures: minutes).
            if (rrsigs.Length > 16)
            {
                GroupByDictionary(node, role, rrsigs, work);
                continue;
            }

            var grouped = new bool[rrsigs.Length];
            for (int i = 0; i < rrsigs.Length; i++)
            {
                if (grouped[i] || rrsigs[i].Data is not RrsigData first || !DnssecZone.IsSigned(role, first.TypeCovered) || !node.Has(first.TypeCovered))
                {
                    continue; // ZL8105 reports signatures over data that must not be signed or does not exist.
                }

                var group = new List<ResourceRecord>(1) { rrsigs[i] };
                for (int j = i + 1; j < rrsigs.Length; j++)
                {
                    if (!grouped[j] && rrsigs[j].Data is RrsigData other && other.TypeCovered == first.TypeCovered)
                    {
                        grouped[j] = true;
                        group.Add(rrsigs[j]);
                    }
                }

                work.Add((node, first.TypeCovered, group.ToArray()));
            }
        }

        return work;
    }

    /// <summary>The grouping of <see cref="FindSignedRRsets"/> for a name with many signatures: the same groups in the same order.</summary>
    private static void GroupByDictionary(ZoneNode node, NodeRole role, ReadOnlySpan<ResourceRecord> rrsigs, List<(ZoneNode, RRType, ResourceRecord[])> work)
    {
        var groups = new Dictionary<RRType, List<ResourceRecord>>();
        var order = new List<RRType>();
        foreach (var r in rrsigs)
        {
            if (r.Data is not RrsigData sig || !DnssecZone.IsSigned(role, sig.TypeCovered) || !node.Has(sig.TypeCovered))
            {
                continue;
            }

            if (!groups.TryGetValue(sig.TypeCovered, out var group))
            {
                groups.Add(sig.TypeCovered, group = []);
                order.Add(sig.TypeCovered);
            }

            group.Add(r);
        }

        foreach (var type in order)
        {
            work.Add((node, type, groups[type].ToArray()));
        }
    }

    /// <summary>Checks every signed RRset, in parallel; cancellation stops the loop.</summary>
    public RRsetSignatures[] Run(CancellationToken cancellationToken)
    {
        var work = FindSignedRRsets();
        var results = new RRsetSignatures[work.Count];
        Parallel.For(
            0,
            work.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new WorkerState(keys.Length),
            (i, _, state) =>
            {
                var (node, type, signatures) = work[i];
                results[i] = new RRsetSignatures(node, type, Check(node, type, signatures, state));
                return state;
            },
            state => state.Dispose());
        return results;
    }

    private SignatureOutcome[] Check(ZoneNode node, RRType type, ResourceRecord[] signatures, WorkerState state)
    {
        var rrset = node.Get(type);
        var outcomes = new SignatureOutcome[signatures.Length];
        byte[][]? rdata = null;
        long wireLength = 0;
        bool untyped = DnssecZone.HasUntypedData(rrset);
        for (int s = 0; s < signatures.Length; s++)
        {
            var record = signatures[s];
            var sig = (RrsigData)record.Data;
            if (CheckFields(node.Name, sig) is { } fieldError)
            {
                outcomes[s] = new(record, SignatureStatus.Failed, fieldError);
                continue;
            }

            if (!keysByTag.TryGetValue((sig.KeyTag, sig.Algorithm), out var candidates))
            {
                outcomes[s] = new(record, SignatureStatus.Failed, string.Create(CultureInfo.InvariantCulture, $"no DNSKEY at the apex has key tag {sig.KeyTag} and algorithm {DnssecMnemonics.DescribeAlgorithm(sig.Algorithm)}"));
                continue;
            }

            if (!algorithms.TryGet(sig.Algorithm, out var algorithm))
            {
                outcomes[s] = new(record, SignatureStatus.Unchecked, $"no verifier for algorithm {DnssecMnemonics.DescribeAlgorithm(sig.Algorithm)}");
                continue;
            }

            if (untyped)
            {
                outcomes[s] = new(record, SignatureStatus.Unchecked, $"the wire form of {type} RDATA is not known");
                continue;
            }

            if (rdata is null)
            {
                rdata = SignedData.CanonicalRdata(rrset);
                wireLength = rdata.Sum(r => (long)node.Name.WireLength + 10 + r.Length);
            }

            if (wireLength > ushort.MaxValue)
            {
                // SECURITY: each signature hashes the whole RRset: 2,000 signatures over 20,000 DNSKEYs (5 MB in wire form)
                // took 23 s. An RRset no DNS message can hold is ZL7010's error, and no validator ever sees it whole.
                outcomes[s] = new(record, SignatureStatus.Unchecked, string.Create(CultureInfo.InvariantCulture, $"the {type} RRset is {wireLength:N0} octets in wire form, more than a DNS message holds, so no validator can check it"));
                continue;
            }

            outcomes[s] = Verify(record, sig, node.Name, rrset[0].Class, rdata, candidates, algorithm, state);
        }

        return outcomes;
    }

    private SignatureOutcome Verify(ResourceRecord record, RrsigData sig, DomainName owner, RRClass recordClass, byte[][] rdata, List<int> candidates, IDnssecAlgorithm algorithm, WorkerState state)
    {
        string? keyProblem = null;
        var writer = WireWriter.Rent();
        try
        {
            SignedData.Write(writer, sig, owner, recordClass, rdata);
            if (!VerifyWithAny(writer.WrittenSpan, sig, candidates, algorithm, state, ref keyProblem, out string? platformProblem, out bool keysLeft))
            {
                return platformProblem is not null ? new(record, SignatureStatus.Unchecked, platformProblem)
                    : keysLeft ? new(record, SignatureStatus.TooManyKeys, string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} apex DNSKEYs have key tag {sig.KeyTag} and algorithm {DnssecMnemonics.DescribeAlgorithm(sig.Algorithm)}, and the {maxKeysPerSignature} tried do not verify the signature"))
                    : new(record, SignatureStatus.Failed, keyProblem ?? string.Create(CultureInfo.InvariantCulture, $"the signature by key {sig.KeyTag} does not match the RRset"));
            }
        }
        finally
        {
            WireWriter.Return(writer);
        }

        if (sig.IsExpiredAt(now))
        {
            return new(record, SignatureStatus.OutsideWindow, $"the signature by key {sig.KeyTag} expired at {DnssecZone.FormatTime(RrsigData.ResolveTime(sig.ExpirationValue, now))}");
        }

        if (sig.IsNotYetValidAt(now))
        {
            return new(record, SignatureStatus.OutsideWindow, $"the signature by key {sig.KeyTag} is not valid before {DnssecZone.FormatTime(RrsigData.ResolveTime(sig.InceptionValue, now))}");
        }

        return new(record, SignatureStatus.Valid, null);
    }

    private bool VerifyWithAny(ReadOnlySpan<byte> data, RrsigData sig, List<int> candidates, IDnssecAlgorithm algorithm, WorkerState state, ref string? keyProblem, out string? platformProblem, out bool keysLeft)
    {
        platformProblem = null;
        keysLeft = false;
        int tried = 0;
        foreach (int k in candidates)
        {
            if (tried == maxKeysPerSignature)
            {
                keysLeft = true;
                return false;
            }

            var key = keys[k];
            if (key.Protocol != 3 || !key.IsZoneKey)
            {
                // RFC 4035 §5.3.1: the key must be a zone key; RFC 4034 §2.1.2: protocol 3, or the key is invalid.
                keyProblem ??= key.Protocol != 3
                    ? string.Create(CultureInfo.InvariantCulture, $"the DNSKEY with key tag {key.KeyTag} has protocol {key.Protocol}, not 3")
                    : string.Create(CultureInfo.InvariantCulture, $"the DNSKEY with key tag {key.KeyTag} lacks the Zone Key flag");
                continue;
            }

            var verifier = state.GetVerifier(k, key, algorithm, out string? importError);
            if (verifier is null)
            {
                keyProblem ??= string.Create(CultureInfo.InvariantCulture, $"the DNSKEY with key tag {key.KeyTag} cannot be read: {importError}");
                continue;
            }

            tried++;
            try
            {
                if (verifier.Verify(data, sig.Signature.AsSpan()))
                {
                    return true;
                }
            }
            catch (CryptographicException e)
            {
                platformProblem = $"this platform cannot verify {algorithm.Name}: {e.Message}";
                return false;
            }
        }

        return false;
    }

    /// <summary>The fields a validator checks before any cryptography (RFC 4035 §5.3.1).</summary>
    private string? CheckFields(DomainName owner, RrsigData sig)
    {
        if (!sig.SignerName.Equals(zone.Origin))
        {
            return $"the signer's name is {sig.SignerName}, not the zone apex {zone.Origin}";
        }

        int expected = SignedData.ExpectedLabels(owner);
        if (sig.Labels != expected)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the Labels field is {sig.Labels}, but the owner has {expected} labels");
        }

        return null;
    }

    /// <summary>A worker's own verifiers (one per apex key, made on first use) and signed-data buffer.</summary>
    private sealed class WorkerState(int keyCount) : IDisposable
    {
        private readonly IDnssecVerifier?[] verifiers = new IDnssecVerifier?[keyCount];
        private readonly string?[] errors = new string?[keyCount];
        private readonly bool[] imported = new bool[keyCount];

        public IDnssecVerifier? GetVerifier(int index, DnssecKeyData key, IDnssecAlgorithm algorithm, out string? error)
        {
            if (!imported[index])
            {
                imported[index] = true;
                try
                {
                    verifiers[index] = algorithm.CreateVerifier(key.PublicKey.AsSpan(), out errors[index]);
                }
                catch (CryptographicException e)
                {
                    errors[index] = e.Message;
                }
            }

            error = errors[index];
            return verifiers[index];
        }

        public void Dispose()
        {
            foreach (var v in verifiers)
            {
                v?.Dispose();
            }
        }
    }
}
