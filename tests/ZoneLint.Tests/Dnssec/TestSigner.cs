using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Dnssec;

/// <summary>A key the tests sign with: its DNSKEY RDATA and its private half.</summary>
internal sealed class TestKey
{
    private readonly RSA? rsa;
    private readonly ECDsa? ecdsa;
    private readonly HashAlgorithmName hash;
    private readonly byte[]? edPrivate;

    private TestKey(byte algorithm, ushort flags, RSA? rsa, ECDsa? ecdsa, HashAlgorithmName hash, byte[] publicKey, byte[]? edPrivate = null)
    {
        this.rsa = rsa;
        this.ecdsa = ecdsa;
        this.edPrivate = edPrivate;
        this.hash = hash;
        Dnskey = new DnskeyData(flags, 3, algorithm, [.. publicKey]);
    }

    public DnskeyData Dnskey { get; }

    public byte Algorithm => Dnskey.Algorithm;

    public ushort KeyTag => Dnskey.KeyTag;

    public bool IsKsk => Dnskey.IsSecureEntryPoint;

    /// <summary>Makes a key: RSA (5, 7, 8, 10), ECDSA (13, 14) or, with BouncyCastle, EdDSA (15, 16); flags 257 for a key-signing key, 256 otherwise.</summary>
    public static TestKey Create(byte algorithm, bool ksk = false, int rsaBits = 1024)
    {
        ushort flags = (ushort)(ksk ? 257 : 256);
        switch (algorithm)
        {
            case 5 or 7 or 8 or 10:
                var rsa = RSA.Create(rsaBits);
                var p = rsa.ExportParameters(false);
                // RFC 3110 §2: exponent length, exponent, modulus.
                var key = new byte[1 + p.Exponent!.Length + p.Modulus!.Length];
                key[0] = (byte)p.Exponent.Length;
                p.Exponent.CopyTo(key, 1);
                p.Modulus.CopyTo(key, 1 + p.Exponent.Length);
                var h = algorithm switch { 8 => HashAlgorithmName.SHA256, 10 => HashAlgorithmName.SHA512, _ => HashAlgorithmName.SHA1 };
                return new TestKey(algorithm, flags, rsa, null, h, key);
            case 13 or 14:
                var ec = ECDsa.Create(algorithm == 13 ? ECCurve.NamedCurves.nistP256 : ECCurve.NamedCurves.nistP384);
                var q = ec.ExportParameters(false).Q;
                return new TestKey(algorithm, flags, null, ec, algorithm == 13 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA384, [.. q.X!, .. q.Y!]);
            case 15:
                var seed25519 = RandomNumberGenerator.GetBytes(Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.SecretKeySize);
                var pub25519 = new byte[Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.PublicKeySize];
                Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.GeneratePublicKey(seed25519, 0, pub25519, 0);
                return new TestKey(algorithm, flags, null, null, default, pub25519, seed25519);
            case 16:
                var seed448 = RandomNumberGenerator.GetBytes(Org.BouncyCastle.Math.EC.Rfc8032.Ed448.SecretKeySize);
                var pub448 = new byte[Org.BouncyCastle.Math.EC.Rfc8032.Ed448.PublicKeySize];
                Org.BouncyCastle.Math.EC.Rfc8032.Ed448.GeneratePublicKey(seed448, 0, pub448, 0);
                return new TestKey(algorithm, flags, null, null, default, pub448, seed448);
            default:
                throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "the test signer makes RSA, ECDSA and EdDSA keys");
        }
    }

    public byte[] Sign(byte[] data)
    {
        if (rsa is not null)
        {
            return rsa.SignData(data, hash, RSASignaturePadding.Pkcs1);
        }

        if (ecdsa is not null)
        {
            return ecdsa.SignData(data, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }

        // RFC 8080: pure EdDSA over the signed data, no context.
        if (Algorithm == 15)
        {
            var sig = new byte[Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.SignatureSize];
            Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.Sign(edPrivate!, 0, data, 0, data.Length, sig, 0);
            return sig;
        }

        var sig448 = new byte[Org.BouncyCastle.Math.EC.Rfc8032.Ed448.SignatureSize];
        Org.BouncyCastle.Math.EC.Rfc8032.Ed448.Sign(edPrivate!, 0, [], data, 0, data.Length, sig448, 0);
        return sig448;
    }
}

/// <summary>How the signer proves non-existence.</summary>
internal enum TestDenial
{
    None,
    Nsec,
    Nsec3,
}

/// <summary>
/// A small zone signer for tests, written from RFC 4034/4035/5155 independently of the library's verifier: it builds the
/// signed data of §3.1.8.1 itself, chains NSEC or NSEC3 records, and prints the signed zone one record per line in
/// canonical order, so a test can edit a line and see the linter catch it. The validity window is the caller's.
/// </summary>
internal sealed class TestSigner
{
    public static readonly DateTimeOffset DefaultNow = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Inception { get; init; } = DefaultNow.AddDays(-10);

    public DateTimeOffset Expiration { get; init; } = DefaultNow.AddDays(30);

    public TestDenial Denial { get; init; } = TestDenial.Nsec;

    public ushort Nsec3Iterations { get; init; }

    public byte[] Nsec3Salt { get; init; } = [];

    public bool OptOut { get; init; }

    public uint DnskeyTtl { get; init; } = 3600;

    /// <summary>Signs <paramref name="zoneText"/> for <paramref name="origin"/> with <paramref name="keys"/> (KSKs sign the DNSKEY RRset, the others the rest; a lone key signs everything).</summary>
    public string Sign(string zoneText, string origin, params TestKey[] keys)
    {
        var originName = DomainName.Parse(origin);
        var parsed = ZoneParser.Parse(zoneText, ZoneParseOptions.Default with { Origin = originName });
        if (parsed.Diagnostics.Any(d => d.Severity == global::ZoneLint.Engine.DiagnosticSeverity.Error))
        {
            throw new ArgumentException("the zone does not parse: " + string.Join("; ", parsed.Diagnostics));
        }

        var records = parsed.Zone.Records.ToList();
        foreach (var key in keys)
        {
            records.Add(new ResourceRecord(originName, DnskeyTtl, key.Dnskey));
        }

        var soa = (SoaData)records.First(r => r.Type == RRType.SOA).Data;
        var byName = records.GroupBy(r => r.Owner).ToDictionary(g => g.Key, g => g.ToList());
        var delegations = byName.Where(kv => !kv.Key.Equals(originName) && kv.Value.Any(r => r.Type == RRType.NS)).Select(kv => kv.Key).ToHashSet();

        // Below a cut: a proper ancestor (not the apex) is a delegation point.
        bool BelowCut(DomainName name)
        {
            for (var n = name.Parent; n is not null && !n.Equals(originName) && n.IsSubdomainOf(originName); n = n.Parent)
            {
                if (delegations.Contains(n))
                {
                    return true;
                }
            }

            return false;
        }

        bool IsDelegation(DomainName name) => delegations.Contains(name);

        // The names the chain covers: authoritative names and delegation points (RFC 4035 §2.3).
        var authoritative = byName.Keys.Where(n => !BelowCut(n)).ToList();
        var output = new List<ResourceRecord>(records);
        if (Denial == TestDenial.Nsec)
        {
            var chain = authoritative.OrderBy(n => n).ToList();
            for (int i = 0; i < chain.Count; i++)
            {
                var name = chain[i];
                var types = TypesAt(byName[name], IsDelegation(name)).Append(RRType.RRSIG).Append(RRType.NSEC);
                output.Add(new ResourceRecord(name, soa.Minimum, new NsecData(chain[(i + 1) % chain.Count], types)));
            }
        }
        else if (Denial == TestDenial.Nsec3)
        {
            output.Add(new ResourceRecord(originName, 0, new Nsec3ParamData(1, 0, Nsec3Iterations, [.. Nsec3Salt])));
            byName[originName].Add(output[^1]);

            // Empty non-terminals: ancestors of authoritative names that own nothing.
            var names = new HashSet<DomainName>(authoritative);
            foreach (var name in authoritative)
            {
                for (var n = name.Parent; n is not null && n.IsSubdomainOf(originName) && !n.Equals(originName); n = n.Parent)
                {
                    names.Add(n);
                }
            }

            var hashed = new List<(byte[] Hash, DomainName Name)>();
            foreach (var name in names)
            {
                bool insecure = IsDelegation(name) && !byName[name].Any(r => r.Type == RRType.DS);
                if (OptOut && insecure)
                {
                    continue;
                }

                hashed.Add((Nsec3Hash(name), name));
            }

            hashed.Sort((a, b) => a.Hash.AsSpan().SequenceCompareTo(b.Hash));
            for (int i = 0; i < hashed.Count; i++)
            {
                var (hash, name) = hashed[i];
                var types = byName.TryGetValue(name, out var at) ? TypesAt(at, IsDelegation(name)).ToList() : [];
                if (types.Count > 0 && (!IsDelegation(name) || at!.Any(r => r.Type == RRType.DS)))
                {
                    types.Add(RRType.RRSIG);
                }

                var owner = DomainName.Parse(Base32Hex(hash) + "." + originName);
                var data = new Nsec3Data(1, (byte)(OptOut ? 1 : 0), Nsec3Iterations, [.. Nsec3Salt], [.. hashed[(i + 1) % hashed.Count].Hash], types);
                output.Add(new ResourceRecord(owner, soa.Minimum, data));
            }
        }

        // Sign every authoritative RRset: not glue, not NS at a delegation (RFC 4035 §2.2).
        var ksks = keys.Where(k => k.IsKsk).ToArray();
        var zsks = keys.Where(k => !k.IsKsk).ToArray();
        var signatures = new List<ResourceRecord>();
        foreach (var rrset in output.GroupBy(r => (r.Owner, r.Type)))
        {
            var (owner, type) = rrset.Key;
            if (BelowCut(owner) || (IsDelegation(owner) && type != RRType.DS && type != RRType.NSEC))
            {
                continue;
            }

            var signers = type == RRType.DNSKEY && ksks.Length > 0 ? ksks : zsks.Length > 0 ? zsks : ksks;
            foreach (var key in signers)
            {
                signatures.Add(SignRRset(originName, owner, type, [.. rrset], key));
            }
        }

        output.AddRange(signatures);
        var sb = new StringBuilder();
        sb.Append("$ORIGIN ").Append(originName).Append('\n');
        foreach (var r in output.OrderBy(r => r.Owner).ThenBy(r => r.Type == RRType.RRSIG ? ((RrsigData)r.Data).TypeCovered.Value + 0.5 : r.Type.Value))
        {
            sb.Append(r).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>An RRSIG over one RRset (RFC 4034 §3.1.8.1), built here from the RFC rather than from the library's code.</summary>
    public ResourceRecord SignRRset(DomainName origin, DomainName owner, RRType type, IReadOnlyList<ResourceRecord> rrset, TestKey key)
    {
        uint ttl = rrset[0].Ttl;
        byte labels = (byte)(owner.LabelCount - (owner.IsWildcard ? 1 : 0));
        uint inception = (uint)Inception.ToUnixTimeSeconds(), expiration = (uint)Expiration.ToUnixTimeSeconds();
        var data = new List<byte>();
        AppendUInt16(data, type.Value);
        data.Add(key.Algorithm);
        data.Add(labels);
        AppendUInt32(data, ttl);
        AppendUInt32(data, expiration);
        AppendUInt32(data, inception);
        AppendUInt16(data, key.KeyTag);
        data.AddRange(LowerWire(origin));
        var rdatas = rrset.Select(r => r.Data.ToWire(WireForm.Canonical)).Distinct(new BytesEquality()).OrderBy(b => b, new BytesOrder()).ToList();
        foreach (var rdata in rdatas)
        {
            data.AddRange(LowerWire(owner));
            AppendUInt16(data, type.Value);
            AppendUInt16(data, rrset[0].Class.Value);
            AppendUInt32(data, ttl);
            AppendUInt16(data, (ushort)rdata.Length);
            data.AddRange(rdata);
        }

        var signature = key.Sign([.. data]);
        return new ResourceRecord(owner, ttl, new RrsigData(type, key.Algorithm, labels, ttl, expiration, inception, key.KeyTag, origin, [.. signature]));
    }

    /// <summary>RFC 5155 §5: SHA-1 over the canonical name and the salt, then over the hash and the salt, iterations times.</summary>
    public byte[] Nsec3Hash(DomainName name)
    {
        byte[] hash = SHA1.HashData([.. LowerWire(name), .. Nsec3Salt]);
        for (int i = 0; i < Nsec3Iterations; i++)
        {
            hash = SHA1.HashData([.. hash, .. Nsec3Salt]);
        }

        return hash;
    }

    public static string Base32Hex(byte[] bytes)
    {
        const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
        var sb = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (byte b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                sb.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }

        if (bits > 0)
        {
            sb.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return sb.ToString();
    }

    private static IEnumerable<RRType> TypesAt(List<ResourceRecord> records, bool delegation) =>
        records.Select(r => r.Type).Distinct().Where(t => !delegation || t == RRType.NS || t == RRType.DS);

    private static byte[] LowerWire(DomainName name) => [.. name.Wire.ToArray().Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b)];

    private static void AppendUInt16(List<byte> data, ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, value);
        data.AddRange(b.ToArray());
    }

    private static void AppendUInt32(List<byte> data, uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, value);
        data.AddRange(b.ToArray());
    }

    private sealed class BytesEquality : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length;
    }

    private sealed class BytesOrder : IComparer<byte[]>
    {
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
