using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// KEY RDATA (RFC 2535 §3.1; since RFC 3445 and RFC 3755 no longer for DNSSEC zone keys, but still for SIG(0),
/// RFC 2931, and TKEY, RFC 2930): 16-bit FLAGS, 8-bit PROTOCOL (3 DNSSEC, 255 all, …), 8-bit ALGORITHM, then the
/// PUBLIC KEY, which is absent when both NOKEY bits (0xC000) are set (RFC 2535 §3.1.2). In text (RFC 2535 §7.1) the
/// flags are a number or RFC 2535 mnemonics joined by <c>|</c>, the protocol and algorithm numbers or mnemonics, the
/// key Base64, which may be split by white space.
/// <see href="https://www.rfc-editor.org/rfc/rfc2535#section-3.1"/>
/// </summary>
/// <remarks>
/// A class of its own rather than a <see cref="DnssecKeyData"/>: KEY may have no key at all, and rules that look at
/// DNSSEC keys must not mistake it for a DNSKEY. The key tag is computed as for DNSKEY (RFC 2535 Appendix C).
/// </remarks>
public sealed class KeyData : RecordData
{
    /// <summary>The NOKEY value of the two high flag bits: no key follows (RFC 2535 §3.1.2).</summary>
    public const ushort NoKeyFlags = 0xC000;

    /// <summary>Creates KEY RDATA.</summary>
    /// <exception cref="ArgumentException">The key is empty although the flags do not say NOKEY, or present although they do.</exception>
    public KeyData(ushort flags, byte protocol, byte algorithm, ImmutableArray<byte> publicKey)
    {
        publicKey = publicKey.IsDefault ? [] : publicKey;
        if (publicKey.IsEmpty != ((flags & NoKeyFlags) == NoKeyFlags))
        {
            throw new ArgumentException("A KEY record has a public key exactly when its flags do not say NOKEY (0xC000).", nameof(publicKey));
        }

        Flags = flags;
        Protocol = protocol;
        Algorithm = algorithm;
        PublicKey = publicKey;
    }

    /// <summary>The flags field.</summary>
    public ushort Flags { get; }

    /// <summary>The protocol (RFC 2535 §3.1.3: 1 TLS, 2 email, 3 DNSSEC, 4 IPsec, 255 all).</summary>
    public byte Protocol { get; }

    /// <summary>The algorithm (the DNSSEC algorithm numbers).</summary>
    public byte Algorithm { get; }

    /// <summary>The public key; empty when <see cref="HasNoKey"/>.</summary>
    public ImmutableArray<byte> PublicKey { get; }

    /// <summary>Whether both NOKEY bits are set, so that the record carries no key.</summary>
    public bool HasNoKey => (Flags & NoKeyFlags) == NoKeyFlags;

    /// <summary>The key tag (RFC 2535 Appendix C, the RFC 4034 Appendix B algorithm).</summary>
    public ushort KeyTag => DnssecKeyData.ComputeKeyTag(Flags, Protocol, Algorithm, PublicKey.AsSpan());

    /// <inheritdoc/>
    public override RRType Type => RRType.KEY;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.Next("KEY flags", out var token))
        {
            return null;
        }

        if (!DnssecMnemonics.TryParseKeyFlags(r.Text(token), out ushort flags))
        {
            r.Fail($"KEY flags must be a number from 0 to 65535 or RFC 2535 mnemonics joined by '|' (such as ZONE|SIG15), found '{r.TextOf(token)}'");
            return null;
        }

        if (!r.Next("KEY protocol", out token))
        {
            return null;
        }

        if (!DnssecMnemonics.TryParseProtocol(r.Text(token), out byte protocol))
        {
            r.Fail($"KEY protocol must be a number from 0 to 255 or a mnemonic such as DNSSEC or ALL, found '{r.TextOf(token)}'");
            return null;
        }

        if (!DnssecMnemonics.ReadAlgorithm(r, "KEY algorithm", out byte algorithm))
        {
            return null;
        }

        if ((flags & NoKeyFlags) == NoKeyFlags)
        {
            // No key follows; anything left is reported as extra text after the RDATA.
            return new KeyData(flags, protocol, algorithm, []);
        }

        return r.ReadRemainingBase64("KEY public key (Base64)", allowEmpty: false, out var key)
            ? new KeyData(flags, protocol, algorithm, ImmutableCollectionsMarshal.AsImmutableArray(key))
            : null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        ushort flags = r.ReadUInt16();
        byte protocol = r.ReadUInt8(), algorithm = r.ReadUInt8();
        var key = r.ReadRemaining();
        if (r.Failed)
        {
            return null;
        }

        bool noKey = (flags & NoKeyFlags) == NoKeyFlags;
        if (noKey != (key.Length == 0))
        {
            r.Fail(noKey ? "a KEY whose flags say NOKEY (0xC000) carries no key, but octets follow" : "the KEY public key is empty, but the flags do not say NOKEY (0xC000)");
            return null;
        }

        return new KeyData(flags, protocol, algorithm, ImmutableCollectionsMarshal.AsImmutableArray(key));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Flags);
        writer.WriteUInt8(Protocol);
        writer.WriteUInt8(Algorithm);
        writer.WriteBytes(PublicKey.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Flags).Append(' ').Append(Protocol).Append(' ').Append(Algorithm);
        if (!PublicKey.IsEmpty)
        {
            builder.Append(' ');
            BinaryText.AppendBase64(builder, PublicKey.AsSpan());
        }
    }
}
