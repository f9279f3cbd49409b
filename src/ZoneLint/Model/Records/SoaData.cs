using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SOA RDATA (RFC 1035 §3.3.13): MNAME (primary server), RNAME (mailbox, first label is the local part),
/// then 32-bit SERIAL, REFRESH, RETRY, EXPIRE and MINIMUM (the negative-caching TTL, RFC 2308 §4).
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.13"/>
/// </summary>
public sealed class SoaData : RecordData
{
    /// <summary>Creates SOA RDATA.</summary>
    public SoaData(DomainName primaryServer, DomainName responsibleMailbox, uint serial, uint refresh, uint retry, uint expire, uint minimum)
    {
        ArgumentNullException.ThrowIfNull(primaryServer);
        ArgumentNullException.ThrowIfNull(responsibleMailbox);
        PrimaryServer = primaryServer;
        ResponsibleMailbox = responsibleMailbox;
        Serial = serial;
        Refresh = refresh;
        Retry = retry;
        Expire = expire;
        Minimum = minimum;
    }

    /// <summary>MNAME: the primary name server.</summary>
    public DomainName PrimaryServer { get; }

    /// <summary>RNAME: the mailbox of the person responsible, as a name.</summary>
    public DomainName ResponsibleMailbox { get; }

    /// <summary>The serial number.</summary>
    public uint Serial { get; }

    /// <summary>Seconds between refreshes by secondaries.</summary>
    public uint Refresh { get; }

    /// <summary>Seconds before a failed refresh is retried.</summary>
    public uint Retry { get; }

    /// <summary>Seconds after which secondaries stop answering without a refresh.</summary>
    public uint Expire { get; }

    /// <summary>The negative-caching TTL (RFC 2308 §4).</summary>
    public uint Minimum { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.SOA;

    internal static RecordData? Parse(RdataReader r)
    {
        if (r.ReadName("primary server (MNAME)", out var mname)
            && r.ReadName("responsible mailbox (RNAME)", out var rname)
            && r.ReadUInt32("serial", out uint serial)
            && r.ReadTimeValue("refresh", out uint refresh)
            && r.ReadTimeValue("retry", out uint retry)
            && r.ReadTimeValue("expire", out uint expire)
            && r.ReadTimeValue("minimum", out uint minimum))
        {
            return new SoaData(mname, rname, serial, refresh, retry, expire, minimum);
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var mname = r.ReadName();
        var rname = r.ReadName();
        uint serial = r.ReadUInt32(), refresh = r.ReadUInt32(), retry = r.ReadUInt32(), expire = r.ReadUInt32(), minimum = r.ReadUInt32();
        return r.Failed ? null : new SoaData(mname, rname, serial, refresh, retry, expire, minimum);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteName(PrimaryServer, form, canonicalListed: true);
        writer.WriteName(ResponsibleMailbox, form, canonicalListed: true);
        writer.WriteUInt32(Serial);
        writer.WriteUInt32(Refresh);
        writer.WriteUInt32(Retry);
        writer.WriteUInt32(Expire);
        writer.WriteUInt32(Minimum);
    }

    internal override void WriteText(StringBuilder builder) =>
        builder.Append(PrimaryServer).Append(' ').Append(ResponsibleMailbox).Append(' ')
            .Append(Serial).Append(' ').Append(Refresh).Append(' ').Append(Retry).Append(' ').Append(Expire).Append(' ').Append(Minimum);
}
