using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Generators;

/// <summary>
/// Generators for services and locations (SRV, NAPTR, URI, LOC, AFSDB, KX, RP, HINFO), keys and certificates (SSHFP,
/// TLSA, SMIMEA, OPENPGPKEY, CERT, CAA) and addresses and opaque data (EUI48, EUI64, NSAP, DHCID, EID, NIMLOC).
/// </summary>
internal static partial class RecordGenerators
{
    [RecordGenerator("SRV")]
    public static Gen<RecordData> Srv =>
        from priority in UInt16
        from weight in UInt16
        from port in UInt16
        from target in Name
        select (RecordData)new SrvData(priority, weight, port, target);

    [RecordGenerator("NAPTR")]
    public static Gen<RecordData> Naptr =>
        from order in UInt16
        from preference in UInt16
        from flags in Alphanumeric(0, 3)
        from services in CharacterString
        from regexp in CharacterString
        from replacement in Name
        select (RecordData)new NaptrData(order, preference, flags, services, regexp, replacement);

    [RecordGenerator("HINFO")]
    public static Gen<RecordData> Hinfo =>
        from cpu in CharacterString
        from os in CharacterString
        select (RecordData)new HinfoData(cpu, os);

    [RecordGenerator("RP")]
    public static Gen<RecordData> Rp =>
        from mailbox in Name
        from text in Name
        select (RecordData)new RpData(mailbox, text);

    [RecordGenerator("AFSDB")]
    public static Gen<RecordData> Afsdb =>
        from subtype in UInt16
        from host in Name
        select (RecordData)new AfsdbData(subtype, host);

    [RecordGenerator("KX")]
    public static Gen<RecordData> Kx =>
        from preference in UInt16
        from exchanger in Name
        select (RecordData)new KxData(preference, exchanger);

    [RecordGenerator("LOC")]
    public static Gen<RecordData> Loc =>
        from latitude in Gen.Frequency((1, Gen.Elements(-324_000_000, 0, 324_000_000)), (5, Gen.Choose(-324_000_000, 324_000_000)))
        from longitude in Gen.Frequency((1, Gen.Elements(-648_000_000, 0, 648_000_000)), (5, Gen.Choose(-648_000_000, 648_000_000)))
        from altitude in UInt32.Select(a => (long)a - 10_000_000)
        from size in Precision
        from horizontal in Precision
        from vertical in Precision
        select (RecordData)new LocData(latitude, longitude, altitude, size, horizontal, vertical);

    /// <summary>A LOC size or precision: a digit times a power of ten, in centimetres.</summary>
    private static Gen<ulong> Precision =>
        from mantissa in Gen.Choose(0, 9)
        from exponent in Gen.Choose(0, 9)
        select (ulong)mantissa * (ulong)Math.Pow(10, exponent);

    [RecordGenerator("SSHFP")]
    public static Gen<RecordData> Sshfp =>
        from algorithm in Byte
        from type in Byte
        from fingerprint in Bytes(1, 64)
        select (RecordData)new SshfpData(algorithm, type, fingerprint);

    [RecordGenerator("TLSA")]
    public static Gen<RecordData> Tlsa =>
        from usage in Byte
        from selector in Byte
        from matching in Byte
        from data in Bytes(1, 80)
        select (RecordData)new TlsaData(usage, selector, matching, data);

    [RecordGenerator("SMIMEA")]
    public static Gen<RecordData> Smimea =>
        from usage in Byte
        from selector in Byte
        from matching in Byte
        from data in Bytes(1, 80)
        select (RecordData)new SmimeaData(usage, selector, matching, data);

    [RecordGenerator("OPENPGPKEY")]
    public static Gen<RecordData> OpenPgpKey => Bytes(1, 300).Select(k => (RecordData)new OpenPgpKeyData(k));

    [RecordGenerator("URI")]
    public static Gen<RecordData> Uri =>
        from priority in UInt16
        from weight in UInt16
        from target in Gen.Frequency((9, Text(1, 60)), (1, Text(256, 600)))
        select (RecordData)new UriData(priority, weight, target);

    [RecordGenerator("CAA")]
    public static Gen<RecordData> Caa =>
        from flags in Byte
        from tag in Alphanumeric(1, 15)
        from value in Gen.Frequency((9, Text(0, 60)), (1, Text(256, 600)))
        select (RecordData)new CaaData(flags, tag, value);

    [RecordGenerator("CERT")]
    public static Gen<RecordData> Cert =>
        from type in Gen.Frequency((1, Gen.Elements<ushort>(1, 2, 3, 4, 5, 6, 7, 8, 253, 254)), (1, UInt16))
        from keyTag in UInt16
        from algorithm in Byte
        from certificate in Bytes(1, 200)
        select (RecordData)new CertData(type, keyTag, algorithm, certificate);

    [RecordGenerator("EUI48")]
    public static Gen<RecordData> Eui48 => Bytes(6, 6).Select(a => (RecordData)new Eui48Data(a));

    [RecordGenerator("EUI64")]
    public static Gen<RecordData> Eui64 => Bytes(8, 8).Select(a => (RecordData)new Eui64Data(a));

    [RecordGenerator("NSAP")]
    public static Gen<RecordData> Nsap => Bytes(1, 20).Select(a => (RecordData)new NsapData(a));

    [RecordGenerator("DHCID")]
    public static Gen<RecordData> Dhcid => Bytes(3, 40).Select(d => (RecordData)new DhcidData(d));

    [RecordGenerator("EID")]
    public static Gen<RecordData> Eid => Bytes(1, 20).Select(d => (RecordData)new EidData(d));

    [RecordGenerator("NIMLOC")]
    public static Gen<RecordData> Nimloc => Bytes(1, 20).Select(d => (RecordData)new NimlocData(d));
}
