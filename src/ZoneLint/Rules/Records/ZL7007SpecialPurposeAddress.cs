using System.Net;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Records;

/// <summary>
/// Addresses from the special-purpose registries (RFC 6890) that do not belong in public DNS data: private
/// (RFC 1918: "Indirect references to such addresses should be contained within the enterprise. Prominent examples of
/// such references are DNS Resource Records"), shared, loopback, link-local, documentation, benchmarking, multicast and
/// reserved blocks. Off by default: split-horizon and internal zones publish such addresses on purpose.
/// </summary>
[ZoneRule("ZL7007", "Address in a special-purpose range", "{0} address {1} is in {2} ({3}, {4}): it is not reachable on the public Internet", RuleCategories.Records, DiagnosticSeverity.Warning, IsEnabledByDefault = false)]
internal sealed class ZL7007SpecialPurposeAddress : ZoneRule
{
    private static readonly Block[] V4 =
    [
        new("0.0.0.0", 8, "'this network'", "RFC 791"),
        new("10.0.0.0", 8, "private address space", "RFC 1918"),
        new("100.64.0.0", 10, "shared address space (carrier-grade NAT)", "RFC 6598"),
        new("127.0.0.0", 8, "the loopback block", "RFC 1122"),
        new("169.254.0.0", 16, "the link-local block", "RFC 3927"),
        new("172.16.0.0", 12, "private address space", "RFC 1918"),
        new("192.0.0.0", 24, "the IETF protocol assignments block", "RFC 6890"),
        new("192.0.2.0", 24, "documentation block TEST-NET-1", "RFC 5737"),
        new("192.88.99.0", 24, "the deprecated 6to4 relay anycast block", "RFC 7526"),
        new("192.168.0.0", 16, "private address space", "RFC 1918"),
        new("198.18.0.0", 15, "the benchmarking block", "RFC 2544"),
        new("198.51.100.0", 24, "documentation block TEST-NET-2", "RFC 5737"),
        new("203.0.113.0", 24, "documentation block TEST-NET-3", "RFC 5737"),
        new("224.0.0.0", 4, "the multicast block", "RFC 5771"),
        new("255.255.255.255", 32, "the limited broadcast address", "RFC 919"),
        new("240.0.0.0", 4, "the reserved block", "RFC 1112"),
    ];

    private static readonly Block[] V6 =
    [
        new("::", 128, "the unspecified address", "RFC 4291"),
        new("::1", 128, "the loopback address", "RFC 4291"),
        new("::ffff:0:0", 96, "the IPv4-mapped block", "RFC 4291"),
        new("64:ff9b:1::", 48, "the local-use translation block", "RFC 8215"),
        new("100::", 64, "the discard-only block", "RFC 6666"),
        new("2001:2::", 48, "the benchmarking block", "RFC 5180"),
        new("2001:db8::", 32, "the documentation block", "RFC 3849"),
        new("3fff::", 20, "the documentation block", "RFC 9637"),
        new("fc00::", 7, "unique local address space", "RFC 4193"),
        new("fe80::", 10, "the link-local block", "RFC 4291"),
        new("fec0::", 10, "the deprecated site-local block", "RFC 3879"),
        new("ff00::", 8, "the multicast block", "RFC 4291"),
    ];

    public override void Analyze(RuleContext context)
    {
        Span<byte> bytes = stackalloc byte[16];
        foreach (var node in context.Zone.Nodes)
        {
            foreach (var record in node.Get(RRType.A))
            {
                Check(context, record, ((AData)record.Data).Address, V4, bytes);
            }

            foreach (var record in node.Get(RRType.AAAA))
            {
                Check(context, record, ((AaaaData)record.Data).Address, V6, bytes);
            }
        }
    }

    private static void Check(RuleContext context, ResourceRecord record, IPAddress address, Block[] blocks, Span<byte> bytes)
    {
        if (!address.TryWriteBytes(bytes, out int written))
        {
            return;
        }

        foreach (var block in blocks)
        {
            if (block.Contains(bytes[..written]))
            {
                context.Report(record, record.Type, address, block.What, block.Prefix, block.Rfc);
                return;
            }
        }
    }

    private sealed class Block
    {
        private readonly byte[] network;
        private readonly int length;

        public Block(string network, int length, string what, string rfc)
        {
            this.network = IPAddress.Parse(network).GetAddressBytes();
            this.length = length;
            What = what;
            Rfc = rfc;
            Prefix = $"{network}/{length}";
        }

        public string What { get; }

        public string Rfc { get; }

        public string Prefix { get; }

        public bool Contains(ReadOnlySpan<byte> address)
        {
            if (address.Length != network.Length)
            {
                return false;
            }

            int whole = length / 8;
            if (!address[..whole].SequenceEqual(network.AsSpan(0, whole)))
            {
                return false;
            }

            int rest = length % 8;
            if (rest == 0)
            {
                return true;
            }

            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
