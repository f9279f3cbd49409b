using System.Collections.Immutable;
using System.Net;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Generators;

/// <summary>Generators for the core types (RFC 1035, RFC 3596, RFC 6672, RFC 7208).</summary>
internal static partial class RecordGenerators
{
    [RecordGenerator("A")]
    public static Gen<RecordData> A => Bytes(4, 4).Select(b => (RecordData)new AData(new IPAddress(b.AsSpan())));

    [RecordGenerator("AAAA")]
    public static Gen<RecordData> Aaaa => Bytes(16, 16).Select(b => (RecordData)new AaaaData(new IPAddress(b.AsSpan())));

    [RecordGenerator("NS")]
    public static Gen<RecordData> Ns => Name.Select(n => (RecordData)new NsData(n));

    [RecordGenerator("CNAME")]
    public static Gen<RecordData> CName => Name.Select(n => (RecordData)new CNameData(n));

    [RecordGenerator("DNAME")]
    public static Gen<RecordData> DName => Name.Select(n => (RecordData)new DNameData(n));

    [RecordGenerator("PTR")]
    public static Gen<RecordData> Ptr => Name.Select(n => (RecordData)new PtrData(n));

    [RecordGenerator("MX")]
    public static Gen<RecordData> Mx =>
        from preference in UInt16
        from exchange in Name
        select (RecordData)new MxData(preference, exchange);

    [RecordGenerator("SOA")]
    public static Gen<RecordData> Soa =>
        from mname in Name
        from rname in Name
        from timers in Gen.ArrayOf(UInt32, 5)
        select (RecordData)new SoaData(mname, rname, timers[0], timers[1], timers[2], timers[3], timers[4]);

    [RecordGenerator("TXT")]
    public static Gen<RecordData> Txt => Strings.Select(s => (RecordData)new TxtData(s));

    [RecordGenerator("SPF")]
    public static Gen<RecordData> Spf => Strings.Select(s => (RecordData)new SpfData(s));

    private static Gen<ImmutableArray<ImmutableArray<byte>>> Strings =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(CharacterString, n)).Select(a => ImmutableArray.Create(a));
}
