using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>
/// The types whose RDATA is names, alone or after a preference: MB, MG, MR, MD, MF (RFC 1035 §3.3), NSAP-PTR (RFC 1348),
/// MINFO (RFC 1035 §3.3.7), RT (RFC 1183 §3.3), PX (RFC 2163 §4), LP (RFC 6742 §2.4) and TALINK.
/// </summary>
public class NameRecordDataTests
{
    [TestCase("MB", typeof(MbData))]
    [TestCase("MG", typeof(MgData))]
    [TestCase("MR", typeof(MrData))]
    [TestCase("MD", typeof(MdData))]
    [TestCase("MF", typeof(MfData))]
    [TestCase("NSAP-PTR", typeof(NsapPtrData))]
    public void SingleNameIsReadAgainstTheOrigin(string type, Type expected)
    {
        var data = RdataAssert.ParseRecord(type, "mb").Data;
        Assert.That(data, Is.InstanceOf(expected));
        Assert.That(((SingleNameData)data).Target.ToString(), Is.EqualTo("mb.example.com."));
        Assert.That(RdataAssert.RoundTrip(type, "Host.Example.NET."), Is.EqualTo("Host.Example.NET."));
    }

    [TestCase("MB")]
    [TestCase("MG")]
    [TestCase("MR")]
    [TestCase("MD")]
    [TestCase("MF")]
    [TestCase("NSAP-PTR")]
    public void SingleNameGenericFormEqualsText(string type) =>
        RdataAssert.GenericEqualsText(type, "mb.atoom.net.", "026D620561746F6F6D036E657400");

    [TestCase("@ MB [|a..b", "ZL0004", "MB mailbox host")]
    [TestCase("@ MG[|", "ZL0002", "MG member mailbox (mgmname) was expected")]
    [TestCase("@ MR mr. [|extra", "ZL0001", "unexpected 'extra'")]
    [TestCase("@ NSAP-PTR[|", "ZL0002", "NSAP-PTR host name was expected")]
    [TestCase("@ MINFO rmail.example.com.[|", "ZL0002", "MINFO error mailbox (emailbx) was expected")]
    [TestCase("@ RT [|x rt-host", "ZL0002", "RT preference must be a number from 0 to 65535, found 'x'")]
    [TestCase("@ RT 10[|", "ZL0002", "RT intermediate host was expected")]
    [TestCase("@ PX 2 map822[|", "ZL0002", "PX X.400 domain (mapx400) was expected")]
    [TestCase("@ PX [|70000 a b", "ZL0002", "PX preference must be a number from 0 to 65535")]
    [TestCase("@ LP 10 [|a..b", "ZL0004", "LP name (fqdn)")]
    [TestCase("@ TALINK h0[|", "ZL0002", "TALINK next name was expected")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [Test]
    public void Minfo_holds_two_mailboxes()
    {
        var minfo = RdataAssert.Parse<MinfoData>("MINFO", "rmail .");
        Assert.That((minfo.ResponsibleMailbox.ToString(), minfo.ErrorMailbox.ToString()), Is.EqualTo(("rmail.example.com.", ".")));
        RdataAssert.GenericEqualsText("MINFO", "rmail.example.com. .", "05726D61696C076578616D706C6503636F6D00 00");
        Assert.That(RdataAssert.RoundTrip("MINFO", "machine.atoom.net. info.atoom.net."), Is.EqualTo("machine.atoom.net. info.atoom.net."));
    }

    [Test]
    public void Rt_px_lp_and_talink_fields()
    {
        var rt = RdataAssert.Parse<RtData>("RT", "0 rt-host");
        var px = RdataAssert.Parse<PxData>("PX", "2 map822 mapx400");
        var lp = RdataAssert.Parse<LpData>("LP", "10 l64-subnet1.example.com.");
        var talink = RdataAssert.Parse<TalinkData>("TALINK", "h0 .");
        Assert.Multiple(() =>
        {
            Assert.That((rt.Preference, rt.IntermediateHost.ToString()), Is.EqualTo(((ushort)0, "rt-host.example.com.")));
            Assert.That((px.Preference, px.Map822.ToString(), px.MapX400.ToString()), Is.EqualTo(((ushort)2, "map822.example.com.", "mapx400.example.com.")));
            Assert.That((lp.Preference, lp.Pointer.ToString()), Is.EqualTo(((ushort)10, "l64-subnet1.example.com.")));
            Assert.That((talink.PreviousName.ToString(), talink.NextName.ToString()), Is.EqualTo(("h0.example.com.", ".")));
        });
    }

    [TestCase("RT", "0 rt-host", "0000 0772742D686F7374076578616D706C6503636F6D00")]
    [TestCase("PX", "2 map822 mapx400", "0002 066D6170383232076578616D706C6503636F6D00 076D617078343030076578616D706C6503636F6D00")]
    [TestCase("LP", "10 l64-subnet1", "000A 0B6C36342D7375626E657431076578616D706C6503636F6D00")]
    [TestCase("TALINK", "h0 .", "026830076578616D706C6503636F6D00 00")]
    public void GenericFormEqualsText(string type, string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("RT", "000A")]
    [TestCase("PX", "0002 00")]
    [TestCase("MINFO", "00")]
    [TestCase("TALINK", "026830")]
    public void GenericFormThatEndsEarlyIsRefused(string type, string hex) => RdataAssert.GenericInvalid(type, hex);

    [TestCase("RT", "65535 .", "65535 .")]
    [TestCase("PX", "65535 . .", "65535 . .")]
    [TestCase("LP", "20 L32-Subnet1", "20 L32-Subnet1.example.com.")]
    [TestCase("TALINK", ". h1", ". h1.example.com.")]
    public void PrintsAndParsesBack(string type, string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));

    /// <summary>RFC 4034 §6.2 lower-cases the names of MB, MG, MR, MINFO, RT, PX (and MD, MF) in canonical form, not those of NSAP-PTR, LP or TALINK.</summary>
    [TestCase("MB", "Host.Example.", true)]
    [TestCase("MINFO", "Host.Example. Host.Example.", true)]
    [TestCase("RT", "1 Host.Example.", true)]
    [TestCase("PX", "1 Host.Example. Host.Example.", true)]
    [TestCase("NSAP-PTR", "Host.Example.", false)]
    [TestCase("LP", "1 Host.Example.", false)]
    [TestCase("TALINK", "Host.Example. Host.Example.", false)]
    public void Canonical_form_lower_cases_only_the_listed_types(string type, string rdata, bool lowered)
    {
        var data = RdataAssert.ParseRecord(type, rdata).Data;
        var canonical = data.ToWire(WireForm.Canonical);
        Assert.That(canonical.SequenceEqual(data.ToWire(WireForm.Comparison)), Is.EqualTo(lowered));
        Assert.That(canonical.SequenceEqual(data.ToWire()), Is.Not.EqualTo(lowered));
    }
}
