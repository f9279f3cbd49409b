using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// OPENPGPKEY RDATA (RFC 7929 §2.1): an OpenPGP Transferable Public Key (RFC 4880 §11.1), written in Base64
/// (RFC 7929 §2.3), for the user whose hashed local part is the owner's first label (under <c>_openpgpkey</c>).
/// <see href="https://www.rfc-editor.org/rfc/rfc7929#section-2"/>
/// </summary>
public sealed class OpenPgpKeyData : RecordData
{
    /// <summary>Creates OPENPGPKEY RDATA.</summary>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    public OpenPgpKeyData(ImmutableArray<byte> publicKey)
    {
        if (publicKey.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An OPENPGPKEY record holds a key of at least one octet.", nameof(publicKey));
        }

        PublicKey = publicKey;
    }

    /// <summary>The transferable public key, as octets.</summary>
    public ImmutableArray<byte> PublicKey { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.OPENPGPKEY;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadRemainingBase64("OPENPGPKEY public key", allowEmpty: false, out var key)
            ? new OpenPgpKeyData(ImmutableCollectionsMarshal.AsImmutableArray(key))
            : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var key = r.ReadRemaining();
        if (key.Length == 0)
        {
            r.Fail("the OPENPGPKEY public key is empty");
        }

        return r.Failed ? null : new OpenPgpKeyData(ImmutableCollectionsMarshal.AsImmutableArray(key));
    }

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteBytes(PublicKey.AsSpan());

    internal override void WriteText(StringBuilder builder) => BinaryText.AppendBase64(builder, PublicKey.AsSpan());
}
