using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// HIP RDATA (RFC 8005 §5): 8-bit HIT LENGTH, 8-bit PK ALGORITHM (the IPSECKEY algorithm numbers), 16-bit PK LENGTH,
/// then the HIT (Host Identity Tag), the PUBLIC KEY (Host Identity), and zero or more RENDEZVOUS SERVERS, names that
/// are never compressed. In text (RFC 8005 §6): <c>pk-algorithm hit public-key [rendezvous-server ...]</c>, the HIT in
/// hex (printed in lower case) and the key in Base64, each one token.
/// <see href="https://www.rfc-editor.org/rfc/rfc8005#section-5"/>
/// </summary>
/// <remarks>
/// Immutable. The HIT (at most 255 octets) and the key (at most 65535) are never empty. RFC 4034 §6.2 does not list
/// HIP, so the server names keep their case in canonical form; equality ignores it, as for every name.
/// </remarks>
public sealed class HipData : RecordData
{
    /// <summary>Creates HIP RDATA.</summary>
    /// <exception cref="ArgumentException">The HIT is empty or over 255 octets, or the key is empty or over 65535 octets.</exception>
    public HipData(byte algorithm, ImmutableArray<byte> hit, ImmutableArray<byte> publicKey, IEnumerable<DomainName> rendezvousServers)
    {
        ArgumentNullException.ThrowIfNull(rendezvousServers);
        if (hit.IsDefaultOrEmpty || hit.Length > byte.MaxValue)
        {
            throw new ArgumentException("The HIT holds 1 to 255 octets.", nameof(hit));
        }

        if (publicKey.IsDefaultOrEmpty || publicKey.Length > ushort.MaxValue)
        {
            throw new ArgumentException("The public key holds 1 to 65535 octets.", nameof(publicKey));
        }

        Algorithm = algorithm;
        Hit = hit;
        PublicKey = publicKey;
        RendezvousServers = [.. rendezvousServers];
        foreach (var server in RendezvousServers)
        {
            ArgumentNullException.ThrowIfNull(server, nameof(rendezvousServers));
        }
    }

    /// <summary>The public key algorithm (IPSECKEY numbers: 1 DSA, 2 RSA, 3 ECDSA).</summary>
    public byte Algorithm { get; }

    /// <summary>The Host Identity Tag.</summary>
    public ImmutableArray<byte> Hit { get; }

    /// <summary>The public key (Host Identity), in the algorithm's format.</summary>
    public ImmutableArray<byte> PublicKey { get; }

    /// <summary>The rendezvous servers, in order of preference.</summary>
    public ImmutableArray<DomainName> RendezvousServers { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.HIP;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadUInt8("HIP public key algorithm", out byte algorithm) || !r.Next("HIP HIT (hex)", out var token))
        {
            return null;
        }

        if (!BinaryText.TryDecodeHex(r.Text(token), out var hit) || hit.Length == 0)
        {
            r.Fail($"HIP HIT must be hexadecimal (an even number of digits 0-9, A-F), found '{r.TextOf(token)}'");
            return null;
        }

        if (hit.Length > byte.MaxValue)
        {
            r.Fail(string.Create(CultureInfo.InvariantCulture, $"HIP HIT is {hit.Length} octets; its length field allows at most 255"));
            return null;
        }

        if (!r.Next("HIP public key (Base64)", out token))
        {
            return null;
        }

        if (!BinaryText.TryDecodeBase64(r.Text(token), out var key) || key.Length == 0)
        {
            r.Fail($"HIP public key must be one Base64 token, found '{r.TextOf(token)}'");
            return null;
        }

        if (key.Length > ushort.MaxValue)
        {
            r.Fail(string.Create(CultureInfo.InvariantCulture, $"HIP public key is {key.Length} octets; its length field allows at most 65535"));
            return null;
        }

        var servers = ImmutableArray.CreateBuilder<DomainName>();
        while (!r.AtEnd)
        {
            if (!r.ReadName("HIP rendezvous server", out var server))
            {
                return null;
            }

            servers.Add(server);
        }

        return new HipData(algorithm, ImmutableCollectionsMarshal.AsImmutableArray(hit), ImmutableCollectionsMarshal.AsImmutableArray(key), servers.ToImmutable());
    }

    internal static RecordData? Read(ref WireReader r)
    {
        int hitLength = r.ReadUInt8();
        byte algorithm = r.ReadUInt8();
        int keyLength = r.ReadUInt16();
        var hit = r.ReadBytes(hitLength);
        var key = r.ReadBytes(keyLength);
        if (r.Failed)
        {
            return null;
        }

        if (hitLength == 0 || keyLength == 0)
        {
            r.Fail(hitLength == 0 ? "the HIP HIT is empty" : "the HIP public key is empty");
            return null;
        }

        var servers = ImmutableArray.CreateBuilder<DomainName>();
        while (!r.AtEnd)
        {
            var server = r.ReadName();
            if (r.Failed)
            {
                return null;
            }

            servers.Add(server);
        }

        return new HipData(algorithm, ImmutableCollectionsMarshal.AsImmutableArray(hit), ImmutableCollectionsMarshal.AsImmutableArray(key), servers.ToImmutable());
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8((byte)Hit.Length);
        writer.WriteUInt8(Algorithm);
        writer.WriteUInt16((ushort)PublicKey.Length);
        writer.WriteBytes(Hit.AsSpan());
        writer.WriteBytes(PublicKey.AsSpan());
        foreach (var server in RendezvousServers)
        {
            writer.WriteName(server, form, canonicalListed: false);
        }
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Algorithm).Append(' ').Append(Convert.ToHexStringLower(Hit.AsSpan())).Append(' ');
        BinaryText.AppendBase64(builder, PublicKey.AsSpan());
        foreach (var server in RendezvousServers)
        {
            builder.Append(' ').Append(server);
        }
    }
}
