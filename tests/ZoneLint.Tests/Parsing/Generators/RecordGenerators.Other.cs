using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Generators;

/// <summary>
/// Generators for the experimental and historic types (MB, MG, MR, MD, MF, MINFO, NSAP-PTR, WKS, X25, ISDN, RT, PX,
/// GPOS, ATMA, SINK, KEY, SIG, NXT), ILNP (NID, L32, L64, LP), address lists and gateways (APL, IPSECKEY, AMTRELAY,
/// HIP), TXT-like types (NINFO, RESINFO, WALLET, CLA, AVC), DNSSEC relatives (TA, DLV, RKEY, TALINK, CSYNC) and the
/// rest (DOA, IPN, HHIT, BRID).
/// </summary>
internal static partial class RecordGenerators
{
    [RecordGenerator("MB")]
    public static Gen<RecordData> Mb => Name.Select(n => (RecordData)new MbData(n));

    [RecordGenerator("MG")]
    public static Gen<RecordData> Mg => Name.Select(n => (RecordData)new MgData(n));

    [RecordGenerator("MR")]
    public static Gen<RecordData> Mr => Name.Select(n => (RecordData)new MrData(n));

    [RecordGenerator("MD")]
    public static Gen<RecordData> Md => Name.Select(n => (RecordData)new MdData(n));

    [RecordGenerator("MF")]
    public static Gen<RecordData> Mf => Name.Select(n => (RecordData)new MfData(n));

    [RecordGenerator("NSAP-PTR")]
    public static Gen<RecordData> NsapPtr => Name.Select(n => (RecordData)new NsapPtrData(n));

    [RecordGenerator("MINFO")]
    public static Gen<RecordData> Minfo =>
        from responsible in Name
        from error in Name
        select (RecordData)new MinfoData(responsible, error);

    [RecordGenerator("TALINK")]
    public static Gen<RecordData> Talink =>
        from previous in Name
        from next in Name
        select (RecordData)new TalinkData(previous, next);

    [RecordGenerator("RT")]
    public static Gen<RecordData> Rt =>
        from preference in UInt16
        from host in Name
        select (RecordData)new RtData(preference, host);

    [RecordGenerator("LP")]
    public static Gen<RecordData> Lp =>
        from preference in UInt16
        from pointer in Name
        select (RecordData)new LpData(preference, pointer);

    [RecordGenerator("PX")]
    public static Gen<RecordData> Px =>
        from preference in UInt16
        from map822 in Name
        from mapX400 in Name
        select (RecordData)new PxData(preference, map822, mapX400);

    [RecordGenerator("L32")]
    public static Gen<RecordData> L32 =>
        from preference in UInt16
        from locator in IPv4
        select (RecordData)new L32Data(preference, locator);

    [RecordGenerator("NID")]
    public static Gen<RecordData> Nid =>
        from preference in UInt16
        from value in UInt64
        select (RecordData)new NidData(preference, value);

    [RecordGenerator("L64")]
    public static Gen<RecordData> L64 =>
        from preference in UInt16
        from value in UInt64
        select (RecordData)new L64Data(preference, value);

    [RecordGenerator("X25")]
    public static Gen<RecordData> X25 => CharacterString.Select(a => (RecordData)new X25Data(a));

    [RecordGenerator("ISDN")]
    public static Gen<RecordData> Isdn =>
        from address in CharacterString
        from hasSubaddress in Gen.Elements(true, false)
        from subaddress in CharacterString
        select (RecordData)new IsdnData(address, hasSubaddress ? subaddress : null);

    [RecordGenerator("GPOS")]
    public static Gen<RecordData> Gpos =>
        from longitude in Decimal(180)
        from latitude in Decimal(90)
        from altitude in Decimal(100_000)
        select (RecordData)new GposData(longitude, latitude, altitude);

    [RecordGenerator("NINFO")]
    public static Gen<RecordData> Ninfo => Strings.Select(s => (RecordData)new NinfoData(s));

    [RecordGenerator("RESINFO")]
    public static Gen<RecordData> Resinfo => Strings.Select(s => (RecordData)new ResinfoData(s));

    [RecordGenerator("WALLET")]
    public static Gen<RecordData> Wallet => Strings.Select(s => (RecordData)new WalletData(s));

    [RecordGenerator("CLA")]
    public static Gen<RecordData> Cla => Strings.Select(s => (RecordData)new ClaData(s));

    [RecordGenerator("AVC")]
    public static Gen<RecordData> Avc => Strings.Select(s => (RecordData)new AvcData(s));

    [RecordGenerator("TA")]
    public static Gen<RecordData> Ta => DelegationSigner((tag, alg, type, digest) => new TaData(tag, alg, type, digest));

    [RecordGenerator("DLV")]
    public static Gen<RecordData> Dlv => DelegationSigner((tag, alg, type, digest) => new DlvData(tag, alg, type, digest));

    [RecordGenerator("RKEY")]
    public static Gen<RecordData> Rkey =>
        from flags in UInt16
        from protocol in Byte
        from algorithm in Byte
        from key in Bytes(1, 200)
        select (RecordData)new RkeyData(flags, protocol, algorithm, key);

    [RecordGenerator("KEY")]
    public static Gen<RecordData> Key =>
        from flags in UInt16
        from protocol in Byte
        from algorithm in Byte
        from key in Bytes(1, 200)
        select (RecordData)new KeyData(flags, protocol, algorithm, (flags & KeyData.NoKeyFlags) == KeyData.NoKeyFlags ? [] : key);

    [RecordGenerator("SIG")]
    public static Gen<RecordData> Sig =>
        from covered in UInt16
        from algorithm in Byte
        from labels in Byte
        from ttl in UInt32
        from expiration in UInt32
        from inception in UInt32
        from tag in UInt16
        from signer in Name
        from signature in Bytes(1, 128)
        select (RecordData)new SigData(new RRType(covered), algorithm, labels, ttl, expiration, inception, tag, signer, signature);

    [RecordGenerator("NXT")]
    public static Gen<RecordData> Nxt =>
        from next in Name
        from types in Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 127), n))
        select (RecordData)new NxtData(next, types.Select(t => new RRType((ushort)t)));

    [RecordGenerator("CSYNC")]
    public static Gen<RecordData> Csync =>
        from serial in UInt32
        from flags in UInt16
        from types in Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 300), Gen.Choose(0, 65535), Gen.Elements(1, 2, 28, 1234)), n))
        select (RecordData)new CsyncData(serial, flags, types.Select(t => new RRType((ushort)t)));

    [RecordGenerator("SINK")]
    public static Gen<RecordData> Sink =>
        from meaning in Byte
        from coding in Byte
        from subcoding in Byte
        from data in Bytes(0, 60)
        select (RecordData)new SinkData(meaning, coding, subcoding, data);

    [RecordGenerator("DOA")]
    public static Gen<RecordData> Doa =>
        from enterprise in UInt32
        from type in UInt32
        from location in Byte
        from mediaType in CharacterString
        from data in Bytes(0, 60)
        select (RecordData)new DoaData(enterprise, type, location, mediaType, data);

    [RecordGenerator("ATMA")]
    public static Gen<RecordData> Atma => Gen.OneOf(
        Bytes(1, 20).Select(a => (RecordData)new AtmaData(AtmaData.AesaFormat, a)),
        Gen.Choose(1, 15).SelectMany(n => Gen.ArrayOf(Gen.Choose('0', '9').Select(c => (byte)c), n))
            .Select(d => (RecordData)new AtmaData(AtmaData.E164Format, [.. d])));

    [RecordGenerator("IPN")]
    public static Gen<RecordData> Ipn => UInt64.Select(v => (RecordData)new IpnData(v));

    [RecordGenerator("HHIT")]
    public static Gen<RecordData> Hhit => Bytes(1, 200).Select(d => (RecordData)new HhitData(d));

    [RecordGenerator("BRID")]
    public static Gen<RecordData> Brid => Bytes(1, 200).Select(d => (RecordData)new BridData(d));

    [RecordGenerator("IPSECKEY")]
    public static Gen<RecordData> Ipseckey =>
        from precedence in Byte
        from algorithm in Byte
        from gateway in Gateway
        from key in Gen.Frequency((1, Gen.Constant(ImmutableArray<byte>.Empty)), (4, Bytes(1, 100)))
        select (RecordData)new IpseckeyData(precedence, algorithm, gateway.Address, gateway.Name, key);

    [RecordGenerator("AMTRELAY")]
    public static Gen<RecordData> Amtrelay =>
        from precedence in Byte
        from discovery in Gen.Elements(true, false)
        from relay in Gateway
        select (RecordData)new AmtrelayData(precedence, discovery, relay.Address, relay.Name);

    [RecordGenerator("HIP")]
    public static Gen<RecordData> Hip =>
        from algorithm in Byte
        from hit in Bytes(1, 32)
        from key in Bytes(1, 150)
        from servers in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Name, n))
        select (RecordData)new HipData(algorithm, hit, key, servers);

    [RecordGenerator("APL")]
    public static Gen<RecordData> Apl =>
        Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(AplItem, n)).Select(items => (RecordData)new AplData(items));

    [RecordGenerator("WKS")]
    public static Gen<RecordData> Wks =>
        from address in IPv4
        from protocol in Gen.Frequency((4, Gen.Elements<byte>(6, 17)), (1, Byte))
        from ports in Gen.Choose(0, 10).SelectMany(n => Gen.ArrayOf(Gen.Frequency((4, Gen.Choose(0, 1024)), (1, Gen.Choose(0, 65535))), n))
        select (RecordData)new WksData(address, protocol, ports.Select(p => (ushort)p));

    // ---- Building blocks of this family ----

    private static Gen<ulong> UInt64 =>
        from hi in UInt32
        from lo in UInt32
        select ((ulong)hi << 32) | lo;

    private static Gen<IPAddress> IPv4 => Bytes(4, 4).Select(b => new IPAddress(b.AsSpan()));

    private static Gen<IPAddress> IPv6 => Bytes(16, 16).Select(b => new IPAddress(b.AsSpan()));

    /// <summary>A decimal number within ±<paramref name="limit"/>, in the spellings RFC 1712 allows.</summary>
    private static Gen<string> Decimal(int limit) =>
        from whole in Gen.Choose(-limit + 1, limit - 1)
        from fraction in Gen.Choose(0, 9999)
        from form in Gen.Choose(0, 3)
        select form switch
        {
            0 => whole.ToString(CultureInfo.InvariantCulture),
            1 => string.Create(CultureInfo.InvariantCulture, $"{whole}.{fraction:D4}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"{(whole >= 0 ? "+" : string.Empty)}{whole}.{fraction}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{whole}."),
        };

    private static Gen<(IPAddress? Address, DomainName? Name)> Gateway => Gen.OneOf(
        Gen.Constant<(IPAddress?, DomainName?)>((null, null)),
        IPv4.Select(a => ((IPAddress?)a, (DomainName?)null)),
        IPv6.Select(a => ((IPAddress?)a, (DomainName?)null)),
        Name.Select(n => ((IPAddress?)null, (DomainName?)n)));

    private static Gen<AplItem> AplItem =>
        from negated in Gen.Elements(true, false)
        from v6 in Gen.Elements(true, false)
        from address in v6 ? IPv6 : IPv4
        from prefix in Gen.Choose(0, v6 ? 128 : 32)
        select new AplItem(negated, address, (byte)prefix);

    private static Gen<RecordData> DelegationSigner(Func<ushort, byte, byte, ImmutableArray<byte>, RecordData> create) =>
        from tag in UInt16
        from algorithm in Byte
        from digestType in Gen.Elements<byte>(1, 2, 4, 0, 200)
        from digest in DelegationSignerData.ExpectedDigestLength(digestType) is int n ? Bytes(n, n) : Bytes(1, 64)
        select create(tag, algorithm, digestType, digest);
}
