using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// FsCheck generators of valid RDATA for the DNSSEC types (DS, CDS, DNSKEY, CDNSKEY, RRSIG, NSEC, NSEC3, NSEC3PARAM,
/// ZONEMD) and SVCB/HTTPS, keyed by type number, for the round-trip properties (text → typed → text, typed → <c>\#</c> → typed).
/// </summary>
/// <remarks>
/// Values lean towards the awkward: names with escapes and mixed case, SvcParam values with commas, backslashes,
/// quotes and non-ASCII octets, keys in generic form, empty salts and type bit maps spanning several windows.
/// </remarks>
internal static class DnssecSvcbGenerators
{
    private static readonly DomainName[] Names =
    [
        DomainName.Root,
        DomainName.Parse("example.com."),
        DomainName.Parse("Mixed.Case.Example."),
        DomainName.Parse("a\\.b.example."),
        DomainName.Parse("\\032sp\\@ace.example.net."),
        DomainName.Parse("*.wild.example."),
        DomainName.Parse("xn--bcher-kva.example."),
        DomainName.Parse("\\255\\000.bin.example."),
    ];

    private static readonly string[] DohPaths = ["/dns-query{?dns}", "/q{?dns}", "/é{?dns} x", "/\"quoted\"\\{?dns}", "/a,b{?dns}"];

    public static IReadOnlyDictionary<ushort, Gen<RecordData>> All { get; } = new Dictionary<ushort, Gen<RecordData>>
    {
        [RRType.DS.Value] = DelegationSigner(false),
        [RRType.CDS.Value] = DelegationSigner(true),
        [RRType.DNSKEY.Value] = Key(false),
        [RRType.CDNSKEY.Value] = Key(true),
        [RRType.RRSIG.Value] = Rrsig(),
        [RRType.NSEC.Value] = Nsec(),
        [RRType.NSEC3.Value] = Nsec3(),
        [RRType.NSEC3PARAM.Value] = Nsec3Param(),
        [RRType.ZONEMD.Value] = Zonemd(),
        [RRType.SVCB.Value] = ServiceBinding(https: false),
        [RRType.HTTPS.Value] = ServiceBinding(https: true),
    };

    private static Gen<byte> Octet => Gen.Choose(0, 255).Select(i => (byte)i);

    private static Gen<ushort> UInt16 => Gen.Choose(0, 65535).Select(i => (ushort)i);

    private static Gen<uint> UInt32 => Gen.Zip(UInt16, UInt16, (hi, lo) => ((uint)hi << 16) | lo);

    private static Gen<DomainName> Name => Gen.Elements(Names);

    private static Gen<ImmutableArray<byte>> Bytes(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Octet, n)).Select(ImmutableArray.Create);

    private static Gen<RRType[]> Types =>
        Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(
            Gen.OneOf(Gen.Choose(0, 300), Gen.Choose(0, 65535), Gen.Elements(1, 2, 6, 46, 47, 48, 50, 51, 65, 1234, 32768)).Select(v => new RRType((ushort)v)),
            n));

    private static Gen<RecordData> DelegationSigner(bool cds) =>
        Gen.Zip(Gen.Zip(UInt16, Octet), Gen.Elements<byte>(1, 2, 3, 4, 0, 5, 200)).SelectMany(t =>
        {
            var ((tag, alg), digestType) = t;
            var digest = DelegationSignerData.ExpectedDigestLength(digestType) is int n ? Bytes(n, n) : Bytes(1, 64);
            return digest.Select(d => cds ? (RecordData)new CdsData(tag, alg, digestType, d) : new DsData(tag, alg, digestType, d));
        });

    private static Gen<RecordData> Key(bool cdnskey) =>
        Gen.Zip(Gen.Zip(UInt16, Gen.OneOf(Gen.Constant((byte)3), Octet)), Gen.Zip(Octet, Bytes(1, 300))).Select(t =>
        {
            var ((flags, protocol), (alg, key)) = t;
            return cdnskey ? (RecordData)new CdnskeyData(flags, protocol, alg, key) : new DnskeyData(flags, protocol, alg, key);
        });

    private static Gen<RecordData> Rrsig() =>
        Gen.Zip(
            Gen.Zip(Gen.Zip(UInt16, Octet), Gen.Zip(Octet, UInt32)),
            Gen.Zip(Gen.Zip(UInt32, UInt32), Gen.Zip(Gen.Zip(UInt16, Name), Bytes(1, 128))))
        .Select(t =>
        {
            var (((covered, alg), (labels, ttl)), ((expiration, inception), ((tag, signer), signature))) = t;
            return (RecordData)new RrsigData(new RRType(covered), alg, labels, ttl, expiration, inception, tag, signer, signature);
        });

    private static Gen<RecordData> Nsec() => Gen.Zip(Name, Types).Select(t => (RecordData)new NsecData(t.Item1, t.Item2));

    private static Gen<RecordData> Nsec3() =>
        Gen.Zip(Gen.Zip(Gen.Elements<byte>(1, 1, 2, 255), Octet), Gen.Zip(UInt16, Bytes(0, 32)))
            .SelectMany(t =>
            {
                var ((alg, flags), (iterations, salt)) = t;
                var hash = alg == 1 ? Bytes(20, 20) : Bytes(1, 40);
                return Gen.Zip(hash, Types).Select(h => (RecordData)new Nsec3Data(alg, flags, iterations, salt, h.Item1, h.Item2));
            });

    private static Gen<RecordData> Nsec3Param() =>
        Gen.Zip(Gen.Zip(Octet, Octet), Gen.Zip(UInt16, Bytes(0, 255)))
            .Select(t => (RecordData)new Nsec3ParamData(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2));

    private static Gen<RecordData> Zonemd() =>
        Gen.Zip(UInt32, Gen.Elements<(byte, byte)>((1, 1), (1, 2), (1, 240), (241, 1), (0, 0))).SelectMany(t =>
        {
            var (serial, (scheme, alg)) = t;
            var digest = scheme == 1 && ZonemdData.ExpectedDigestLength(alg) is int n ? Bytes(n, n) : Bytes(12, 64);
            return digest.Select(d => (RecordData)new ZonemdData(serial, scheme, alg, d));
        });

    /// <summary>An octet string that exercises escaping: commas, backslashes, quotes, blanks, non-ASCII.</summary>
    private static Gen<byte[]> Awkward(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(
            Gen.Frequency((6, Gen.Choose('a', 'z').Select(c => (byte)c)), (1, Gen.Elements("\\,\" ;()\t"u8.ToArray())), (1, Octet)),
            n));

    private static Gen<SvcParam> StringList(SvcParamKey key, int minItems) =>
        Gen.Choose(minItems, 3).SelectMany(n => Gen.ArrayOf(Awkward(1, 12), n)).Select(items =>
        {
            var value = new List<byte>();
            foreach (var item in items)
            {
                value.Add((byte)item.Length);
                value.AddRange(item);
            }

            return new SvcParam(key, [.. value]);
        });

    private static Gen<SvcParam> Hints(bool v4) =>
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Bytes(v4 ? 4 : 16, v4 ? 4 : 16), n))
            .Select(addresses => SvcParam.AddressHints([.. addresses.Select(a => new IPAddress(a.AsSpan()))]));

    private static Gen<SvcParam> Groups =>
        Gen.SubListOf(new ushort[] { 23, 24, 29, 30, 4588, 65535, 0 }).Where(l => l.Count > 0).Select(groups =>
        {
            var value = new byte[groups.Count * 2];
            for (int i = 0; i < groups.Count; i++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(value.AsSpan(i * 2), groups[i]);
            }

            return new SvcParam(SvcParamKey.TlsSupportedGroups, ImmutableArray.Create(value));
        });

    private static Gen<SvcParam> Oots =>
        Gen.SubListOf(new[] { "do53", "dot", "doh", "doq", "a,b", "c\\d", "e:f" }).Where(l => l.Count > 0)
            .SelectMany(transports => Gen.ArrayOf(Gen.Choose(0, 100), transports.Count).Select(percentages =>
            {
                var value = new List<byte>();
                for (int i = 0; i < transports.Count; i++)
                {
                    value.Add((byte)transports[i].Length);
                    value.AddRange(Encoding.ASCII.GetBytes(transports[i]));
                    value.Add((byte)percentages[i]);
                }

                return new SvcParam(new SvcParamKey(12), [.. value]);
            }));

    private static Gen<SvcParam[]> Parameters =>
        Gen.Zip(
            Gen.SubListOf(new[]
            {
                StringList(SvcParamKey.Alpn, 1),
                Gen.Constant(SvcParam.NoDefaultAlpn()),
                UInt16.Select(SvcParam.Port),
                Hints(v4: true),
                Bytes(0, 40).Select(SvcParam.Ech),
                Hints(v4: false),
                Gen.Elements(DohPaths).Select(SvcParam.DohPath),
                Gen.Constant(SvcParam.Ohttp()),
                Groups,
                StringList(SvcParamKey.DocPath, 0),
                Gen.Constant(new SvcParam(new SvcParamKey(11), [])),
                Oots,
                Gen.Zip(Gen.Choose(13, 65534), Awkward(0, 16)).Select(t => new SvcParam(new SvcParamKey((ushort)t.Item1), [.. t.Item2])),
            }).SelectMany(gens => gens.Count > 0 ? Gen.CollectToArray(gens) : Gen.Constant(Array.Empty<SvcParam>())),
            Gen.Choose(0, 3))
        .SelectMany(t =>
        {
            var (chosen, mandatoryWanted) = t;

            // Keys are distinct (the generic key is above the named ones); mandatory lists some of the present keys.
            if (chosen.Length == 0 || mandatoryWanted == 0)
            {
                return Gen.Constant(chosen);
            }

            return Gen.SubListOf(chosen.Select(p => p.Key).ToArray()).Where(l => l.Count > 0)
                .Select(keys => chosen.Append(SvcParam.Mandatory([.. keys])).ToArray());
        });

    private static Gen<RecordData> ServiceBinding(bool https) =>
        Gen.Zip(Gen.Zip(Gen.OneOf(Gen.Constant((ushort)0), UInt16), Name), Parameters).Select(t =>
        {
            var ((priority, target), parameters) = t;
            return https ? (RecordData)new HttpsData(priority, target, parameters) : new SvcbData(priority, target, parameters);
        });
}
