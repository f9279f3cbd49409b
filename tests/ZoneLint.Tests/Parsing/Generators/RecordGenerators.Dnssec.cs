using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;

namespace ZoneLint.Tests.Parsing.Generators;

/// <summary>DNSSEC and service-binding types: the generators live in <see cref="DnssecSvcbGenerators"/>.</summary>
internal static partial class RecordGenerators
{
    [RecordGenerator("DS")]
    public static Gen<RecordData> Ds => DnssecSvcbGenerators.All[RRType.DS.Value];

    [RecordGenerator("CDS")]
    public static Gen<RecordData> Cds => DnssecSvcbGenerators.All[RRType.CDS.Value];

    [RecordGenerator("DNSKEY")]
    public static Gen<RecordData> Dnskey => DnssecSvcbGenerators.All[RRType.DNSKEY.Value];

    [RecordGenerator("CDNSKEY")]
    public static Gen<RecordData> Cdnskey => DnssecSvcbGenerators.All[RRType.CDNSKEY.Value];

    [RecordGenerator("RRSIG")]
    public static Gen<RecordData> Rrsig => DnssecSvcbGenerators.All[RRType.RRSIG.Value];

    [RecordGenerator("NSEC")]
    public static Gen<RecordData> Nsec => DnssecSvcbGenerators.All[RRType.NSEC.Value];

    [RecordGenerator("NSEC3")]
    public static Gen<RecordData> Nsec3 => DnssecSvcbGenerators.All[RRType.NSEC3.Value];

    [RecordGenerator("NSEC3PARAM")]
    public static Gen<RecordData> Nsec3Param => DnssecSvcbGenerators.All[RRType.NSEC3PARAM.Value];

    [RecordGenerator("ZONEMD")]
    public static Gen<RecordData> Zonemd => DnssecSvcbGenerators.All[RRType.ZONEMD.Value];

    [RecordGenerator("SVCB")]
    public static Gen<RecordData> Svcb => DnssecSvcbGenerators.All[RRType.SVCB.Value];

    [RecordGenerator("HTTPS")]
    public static Gen<RecordData> Https => DnssecSvcbGenerators.All[RRType.HTTPS.Value];
}
