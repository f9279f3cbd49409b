using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>
/// The corpus files that use the types typed in this folder for rare and historic records: each such record parses to
/// its typed class (not to untyped text), and the files parse without errors.
/// </summary>
public class CorpusTypedRecordsTests
{
    private static readonly Dictionary<string, Type> Expected = new(StringComparer.Ordinal)
    {
        ["AMTRELAY"] = typeof(AmtrelayData), ["APL"] = typeof(AplData), ["ATMA"] = typeof(AtmaData), ["AVC"] = typeof(AvcData),
        ["BRID"] = typeof(BridData), ["CLA"] = typeof(ClaData), ["CSYNC"] = typeof(CsyncData), ["DLV"] = typeof(DlvData),
        ["DOA"] = typeof(DoaData), ["GPOS"] = typeof(GposData), ["HHIT"] = typeof(HhitData), ["HIP"] = typeof(HipData),
        ["IPN"] = typeof(IpnData), ["IPSECKEY"] = typeof(IpseckeyData), ["ISDN"] = typeof(IsdnData), ["KEY"] = typeof(KeyData),
        ["L32"] = typeof(L32Data), ["L64"] = typeof(L64Data), ["LP"] = typeof(LpData), ["MB"] = typeof(MbData),
        ["MD"] = typeof(MdData), ["MF"] = typeof(MfData), ["MG"] = typeof(MgData), ["MINFO"] = typeof(MinfoData),
        ["MR"] = typeof(MrData), ["NID"] = typeof(NidData), ["NINFO"] = typeof(NinfoData), ["NSAP-PTR"] = typeof(NsapPtrData),
        ["NXT"] = typeof(NxtData), ["PX"] = typeof(PxData), ["RESINFO"] = typeof(ResinfoData), ["RKEY"] = typeof(RkeyData),
        ["RT"] = typeof(RtData), ["SINK"] = typeof(SinkData), ["TA"] = typeof(TaData), ["TALINK"] = typeof(TalinkData),
        ["WALLET"] = typeof(WalletData), ["WKS"] = typeof(WksData), ["X25"] = typeof(X25Data),
    };

    public static IEnumerable<TestCaseData> CnameAndFiles() =>
        Expected.Keys.Where(t => t is not ("L32" or "NXT" or "SIG" or "IPN" or "CLA" or "MB" or "MR" or "MF"))
            .Select(t => new TestCaseData(t).SetArgDisplayNames(t));

    [TestCaseSource(nameof(CnameAndFiles))]
    public void Bind_cname_and_file_holds_a_typed_record(string type)
    {
        string path = Path.Combine(Repository.Corpus, "bind-checkzone", "checkzone", "zones", $"bad-cname-and-{type.ToLowerInvariant()}.db");
        var result = ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Parse("example.") });
        Assert.That(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        RRType.TryParse(type, out var rrType);
        var records = result.Zone.Records.Where(r => r.Type == rrType).ToList();
        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That(records[0].Data, Is.InstanceOf(Expected[type]));
    }

    [TestCase("other/nsd/rr-test/rr-test.zone", "blaat.nl.")]
    [TestCase("other/nsd/rr-test/rr-test.cmp_zone", "blaat.nl.")]
    [TestCase("other/dnspython/example", "example.")]
    [TestCase("other/dnspython/example1.good", "example.")]
    public void Upstream_test_zones_hold_only_typed_records_of_these_types(string file, string origin)
    {
        string path = Path.Combine(Repository.Corpus, file);
        var result = ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Parse(origin) });

        // dnspython's nsec303 has a 4-octet hash, a deviation listed in semantic-rows.tsv; no other line may fail.
        var lines = File.ReadAllLines(path);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !lines[d.Location.Line - 1].Contains("NSEC3 1 1 1 abcd", StringComparison.Ordinal));
        Assert.That(errors, Is.Empty);
        var ours = result.Zone.Records.Where(r => Expected.ContainsKey(r.Type.ToString())).ToList();
        Assert.That(ours, Has.Count.GreaterThan(20));
        Assert.That(ours.Where(r => r.Data.GetType() != Expected[r.Type.ToString()]).Select(r => r.ToString()), Is.Empty);
    }
}
