using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

internal delegate RecordData? TextParser(RdataReader reader);

internal delegate RecordData? WireDecoder(ref WireReader reader);

/// <summary>The one place that maps a type to its text parser and wire decoder.</summary>
internal static class RecordCodecs
{
    // PERF: an array, not a frozen dictionary: building that took milliseconds of a small zone's check, compiling its
    // generic code over this assembly's delegates at run time; lookups go through LowCodecs anyway.
    private static readonly (ushort Type, TextParser Parse, WireDecoder Read)[] Codecs =
    [
        (RRType.A.Value, AData.Parse, AData.Read),
        (RRType.AAAA.Value, AaaaData.Parse, AaaaData.Read),
        (RRType.NS.Value, NsData.Parse, NsData.Read),
        (RRType.CNAME.Value, CNameData.Parse, CNameData.Read),
        (RRType.DNAME.Value, DNameData.Parse, DNameData.Read),
        (RRType.PTR.Value, PtrData.Parse, PtrData.Read),
        (RRType.MX.Value, MxData.Parse, MxData.Read),
        (RRType.SOA.Value, SoaData.Parse, SoaData.Read),
        (RRType.TXT.Value, TxtData.Parse, TxtData.Read),
        (RRType.SPF.Value, SpfData.Parse, SpfData.Read),
        (RRType.SRV.Value, SrvData.Parse, SrvData.Read),
        (RRType.NAPTR.Value, NaptrData.Parse, NaptrData.Read),
        (RRType.HINFO.Value, HinfoData.Parse, HinfoData.Read),
        (RRType.RP.Value, RpData.Parse, RpData.Read),
        (RRType.AFSDB.Value, AfsdbData.Parse, AfsdbData.Read),
        (RRType.KX.Value, KxData.Parse, KxData.Read),
        (RRType.LOC.Value, LocData.Parse, LocData.Read),
        (RRType.SSHFP.Value, SshfpData.Parse, SshfpData.Read),
        (RRType.TLSA.Value, TlsaData.Parse, TlsaData.Read),
        (RRType.SMIMEA.Value, SmimeaData.Parse, SmimeaData.Read),
        (RRType.OPENPGPKEY.Value, OpenPgpKeyData.Parse, OpenPgpKeyData.Read),
        (RRType.URI.Value, UriData.Parse, UriData.Read),
        (RRType.CAA.Value, CaaData.Parse, CaaData.Read),
        (RRType.CERT.Value, CertData.Parse, CertData.Read),
        (RRType.EUI48.Value, Eui48Data.Parse, Eui48Data.Read),
        (RRType.EUI64.Value, Eui64Data.Parse, Eui64Data.Read),
        (RRType.NSAP.Value, NsapData.Parse, NsapData.Read),
        (RRType.DHCID.Value, DhcidData.Parse, DhcidData.Read),
        (RRType.EID.Value, EidData.Parse, EidData.Read),
        (RRType.NIMLOC.Value, NimlocData.Parse, NimlocData.Read),
        (RRType.DS.Value, DsData.Parse, DsData.Read),
        (RRType.CDS.Value, CdsData.Parse, CdsData.Read),
        (RRType.DNSKEY.Value, DnskeyData.Parse, DnskeyData.Read),
        (RRType.CDNSKEY.Value, CdnskeyData.Parse, CdnskeyData.Read),
        (RRType.RRSIG.Value, RrsigData.Parse, RrsigData.Read),
        (RRType.NSEC.Value, NsecData.Parse, NsecData.Read),
        (RRType.NSEC3.Value, Nsec3Data.Parse, Nsec3Data.Read),
        (RRType.NSEC3PARAM.Value, Nsec3ParamData.Parse, Nsec3ParamData.Read),
        (RRType.ZONEMD.Value, ZonemdData.Parse, ZonemdData.Read),
        (RRType.SVCB.Value, SvcbData.Parse, SvcbData.Read),
        (RRType.HTTPS.Value, HttpsData.Parse, HttpsData.Read),
        (RRType.MD.Value, MdData.Parse, MdData.Read),
        (RRType.MF.Value, MfData.Parse, MfData.Read),
        (RRType.MB.Value, MbData.Parse, MbData.Read),
        (RRType.MG.Value, MgData.Parse, MgData.Read),
        (RRType.MR.Value, MrData.Parse, MrData.Read),
        (RRType.MINFO.Value, MinfoData.Parse, MinfoData.Read),
        (RRType.NSAPPTR.Value, NsapPtrData.Parse, NsapPtrData.Read),
        (RRType.WKS.Value, WksData.Parse, WksData.Read),
        (RRType.X25.Value, X25Data.Parse, X25Data.Read),
        (RRType.ISDN.Value, IsdnData.Parse, IsdnData.Read),
        (RRType.RT.Value, RtData.Parse, RtData.Read),
        (RRType.PX.Value, PxData.Parse, PxData.Read),
        (RRType.GPOS.Value, GposData.Parse, GposData.Read),
        (RRType.ATMA.Value, AtmaData.Parse, AtmaData.Read),
        (RRType.SINK.Value, SinkData.Parse, SinkData.Read),
        (RRType.APL.Value, AplData.Parse, AplData.Read),
        (RRType.IPSECKEY.Value, IpseckeyData.Parse, IpseckeyData.Read),
        (RRType.HIP.Value, HipData.Parse, HipData.Read),
        (RRType.NINFO.Value, NinfoData.Parse, NinfoData.Read),
        (RRType.RKEY.Value, RkeyData.Parse, RkeyData.Read),
        (RRType.TALINK.Value, TalinkData.Parse, TalinkData.Read),
        (RRType.CSYNC.Value, CsyncData.Parse, CsyncData.Read),
        (RRType.HHIT.Value, HhitData.Parse, HhitData.Read),
        (RRType.BRID.Value, BridData.Parse, BridData.Read),
        (RRType.NID.Value, NidData.Parse, NidData.Read),
        (RRType.L32.Value, L32Data.Parse, L32Data.Read),
        (RRType.L64.Value, L64Data.Parse, L64Data.Read),
        (RRType.LP.Value, LpData.Parse, LpData.Read),
        (RRType.AVC.Value, AvcData.Parse, AvcData.Read),
        (RRType.DOA.Value, DoaData.Parse, DoaData.Read),
        (RRType.AMTRELAY.Value, AmtrelayData.Parse, AmtrelayData.Read),
        (RRType.RESINFO.Value, ResinfoData.Parse, ResinfoData.Read),
        (RRType.WALLET.Value, WalletData.Parse, WalletData.Read),
        (RRType.CLA.Value, ClaData.Parse, ClaData.Read),
        (RRType.IPN.Value, IpnData.Parse, IpnData.Read),
        (RRType.TA.Value, TaData.Parse, TaData.Read),
        (RRType.DLV.Value, DlvData.Parse, DlvData.Read),
        (RRType.KEY.Value, KeyData.Parse, KeyData.Read),
        (RRType.SIG.Value, SigData.Parse, SigData.Read),
        (RRType.NXT.Value, NxtData.Parse, NxtData.Read),
    ];

    // PERF: the parser looks up every record's type; all but TA and DLV are below 512 (CAA is 257), and a dictionary's
    // lookup, hashing included, was 1% of the 1M-record zone's reading.
    private static readonly (TextParser? Parse, WireDecoder? Read)[] LowCodecs = LowTable();

    public static bool TryGet(RRType type, out TextParser parse, out WireDecoder read)
    {
        var codec = type.Value < LowCodecs.Length ? LowCodecs[type.Value] : HighCodec(type.Value);
        parse = codec.Parse!;
        read = codec.Read!;
        return codec.Parse is not null;
    }

    private static (TextParser?, WireDecoder?)[] LowTable()
    {
        var table = new (TextParser?, WireDecoder?)[512];
        foreach (var (type, parse, read) in Codecs)
        {
            if (type < table.Length)
            {
                table[type] = (parse, read);
            }
        }

        return table;
    }

    private static (TextParser? Parse, WireDecoder? Read) HighCodec(ushort value)
    {
        foreach (var (type, parse, read) in Codecs)
        {
            if (type == value)
            {
                return (parse, read);
            }
        }

        return default;
    }

    public static IEnumerable<RRType> TypedTypes => Codecs.Select(c => new RRType(c.Type));
}
