using System.Formats.Asn1;
using System.Numerics;

namespace ZoneLint.Rules.Dkim;

/// <summary>
/// A DKIM key record (RFC 6376 §3.6.1; Ed25519 keys RFC 8463) read as a tag-list: <c>v=DKIM1</c> first if present,
/// <c>p=</c> present and valid base64 that holds a key of the type <c>k=</c> names, and known values in <c>k=</c>,
/// <c>h=</c>, <c>s=</c> and <c>t=</c>.
/// </summary>
/// <remarks>
/// <para>
/// An RSA key is read with <see cref="System.Formats.Asn1"/>: a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) with the
/// rsaEncryption algorithm, whose key is an RSAPublicKey (RFC 8017 §A.1.1); its size is the modulus's bit length. A bare
/// RSAPublicKey is what RFC 6376 §3.6.1 literally names, but keys in DNS are SubjectPublicKeyInfo in practice and
/// several verifiers read nothing else (RFC 6376 erratum 3017), so it is reported, with its size still known.
/// An Ed25519 key is the bare 32-octet public key (RFC 8463 §4.2).
/// </para>
/// <para>Unknown tags are ignored, as verifiers ignore them (old records still carry RFC 4871's <c>g=</c>). Immutable.</para>
/// </remarks>
internal sealed class DkimKeyRecord
{
    private const string RsaEncryptionOid = "1.2.840.113549.1.1.1";
    private const string Ed25519Oid = "1.3.101.112";
    private const int Ed25519KeyLength = 32;

    private DkimKeyRecord(DkimTagList tags, IReadOnlyList<TagError> errors, string keyType, int? rsaBits, bool revoked)
    {
        Tags = tags;
        Errors = errors;
        KeyType = keyType;
        RsaBits = rsaBits;
        IsRevoked = revoked;
    }

    public DkimTagList Tags { get; }

    /// <summary>Every problem found, in order of position.</summary>
    public IReadOnlyList<TagError> Errors { get; }

    /// <summary>The key type: the <c>k=</c> value lower-cased, or <c>rsa</c> by default.</summary>
    public string KeyType { get; }

    /// <summary>The RSA modulus size in bits, when <c>p=</c> holds a readable RSA key.</summary>
    public int? RsaBits { get; }

    /// <summary>Whether <c>p=</c> is empty: "An empty value means that this public key has been revoked" (RFC 6376 §3.6.1).</summary>
    public bool IsRevoked { get; }

    /// <summary>Whether <c>t=</c> lists the flag <c>y</c> (testing mode).</summary>
    public bool IsTesting => Tags.Get("t") is { } t && DkimTagList.Split(t, ':').Any(f => f.Item == "y");

    public static DkimKeyRecord Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tags = DkimTagList.Parse(text, caseSensitiveNames: true);
        var errors = new List<TagError>(tags.Errors);

        if (tags.Get("v") is { } v)
        {
            if (tags.Tags[0] != v)
            {
                errors.Add(new TagError(v.NameOffset, 1, "v= must be the first tag of a key record (RFC 6376 §3.6.1)"));
            }

            if (v.Value != "DKIM1")
            {
                errors.Add(new TagError(v.ValueOffset, Math.Max(1, v.Value.Length), $"v={v.Value}: the version must be exactly DKIM1; verifiers discard records with any other (RFC 6376 §3.6.1)"));
            }
        }

        string keyType = "rsa";
        if (tags.Get("k") is { } k)
        {
            keyType = k.Value.ToLowerInvariant();
            if (keyType is not ("rsa" or "ed25519"))
            {
                errors.Add(new TagError(k.ValueOffset, Math.Max(1, k.Value.Length), $"k={k.Value}: unknown key type; expected rsa or ed25519 (RFC 8463), and verifiers ignore keys of other types"));
            }
        }

        CheckList(tags.Get("h"), ["sha1", "sha256"], "hash algorithm", "sha1 or sha256", errors);
        CheckList(tags.Get("t"), ["y", "s"], "flag", "y (testing) or s (no subdomains)", errors);
        if (CheckList(tags.Get("s"), ["*", "email"], "service type", "* or email", errors) is { Count: 0 } && tags.Get("s") is { } s)
        {
            errors.Add(new TagError(s.ValueOffset, Math.Max(1, s.Value.Length), $"s={s.Value}: the key is not for email (neither * nor email is listed), so mail verifiers ignore it"));
        }

        int? bits = null;
        bool revoked = false;
        if (tags.Get("p") is not { } p)
        {
            errors.Add(new TagError(0, Math.Max(1, text.Length), "the record has no p= tag with the public key (RFC 6376 §3.6.1 requires it; write p= with nothing after it to revoke a key)"));
        }
        else
        {
            string base64 = string.Concat(p.Value.Where(c => !DkimTagList.IsSpace(c)));
            revoked = base64.Length == 0;
            if (!revoked)
            {
                bits = CheckKey(p, base64, keyType, errors);
            }
        }

        errors.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return new DkimKeyRecord(tags, errors, keyType, bits, revoked);
    }

    /// <summary>Reports unknown items of a colon-separated list; returns the known ones.</summary>
    private static List<string> CheckList(DkimTag? tag, string[] known, string what, string expected, List<TagError> errors)
    {
        var found = new List<string>();
        if (tag is null)
        {
            return found;
        }

        foreach (var (item, offset) in DkimTagList.Split(tag, ':'))
        {
            if (known.Contains(item, StringComparer.Ordinal))
            {
                found.Add(item);
            }
            else
            {
                errors.Add(new TagError(offset, Math.Max(1, item.Length), $"{tag.Name}={tag.Value}: '{item}' is not a known {what}; expected {expected} (verifiers ignore unknown ones)"));
            }
        }

        return found;
    }

    private static int? CheckKey(DkimTag p, string base64, string keyType, List<TagError> errors)
    {
        void Bad(string message) => errors.Add(new TagError(p.ValueOffset, Math.Max(1, p.Value.Length), message));

        var buffer = new byte[base64.Length];
        if (base64.Length % 4 != 0 || !Convert.TryFromBase64String(base64, buffer, out int length))
        {
            Bad("p= is not valid base64 (a character outside A-Z a-z 0-9 + /, or wrong '=' padding; was the key cut when it was split into strings?)");
            return null;
        }

        var der = buffer.AsSpan(0, length);
        if (keyType == "ed25519")
        {
            if (length == Ed25519KeyLength)
            {
                return null;
            }

            string why = TryReadSpki(der, out string? oid, out _) && oid == Ed25519Oid
                ? "it holds a SubjectPublicKeyInfo; RFC 8463 §4.2 wants only the 32-octet key inside it"
                : $"it decodes to {length} octets";
            Bad($"p= is not an Ed25519 public key, which is 32 octets: {why}");
            return null;
        }

        if (keyType != "rsa")
        {
            return null;
        }

        if (TryReadSpki(der, out string? algorithm, out var key))
        {
            if (algorithm != RsaEncryptionOid)
            {
                string name = algorithm == Ed25519Oid ? "an Ed25519 key (write k=ed25519 and the bare 32-octet key)" : $"a key of algorithm {algorithm}";
                Bad($"p= holds {name}, not an RSA key");
                return null;
            }

            if (TryReadRsaPublicKey(key, out int bits))
            {
                return bits;
            }

            Bad("p= holds a SubjectPublicKeyInfo for RSA whose key is not a valid RSAPublicKey");
            return null;
        }

        if (TryReadRsaPublicKey(der.ToArray(), out int bareBits))
        {
            Bad("p= holds a bare RSAPublicKey (PKCS#1); verifiers expect a SubjectPublicKeyInfo (what openssl rsa -pubout writes), and several reject this form (RFC 6376 erratum 3017)");
            return bareBits;
        }

        Bad("p= is base64 but not a DER-encoded RSA public key (SubjectPublicKeyInfo): is part of the key missing?");
        return null;
    }

    /// <summary><c>SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }</c>.</summary>
    private static bool TryReadSpki(ReadOnlySpan<byte> der, out string? algorithm, out byte[] key)
    {
        algorithm = null;
        key = [];
        try
        {
            var reader = new AsnReader(der.ToArray(), AsnEncodingRules.DER);
            var spki = reader.ReadSequence();
            if (reader.HasData)
            {
                return false;
            }

            var algorithmIdentifier = spki.ReadSequence();
            algorithm = algorithmIdentifier.ReadObjectIdentifier();
            key = spki.ReadBitString(out int unusedBits);
            return unusedBits == 0 && !spki.HasData;
        }
        catch (AsnContentException)
        {
            algorithm = null;
            return false;
        }
    }

    /// <summary><c>RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }</c>; the size is the modulus's bit length.</summary>
    private static bool TryReadRsaPublicKey(byte[] der, out int bits)
    {
        bits = 0;
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            BigInteger modulus = sequence.ReadInteger();
            BigInteger exponent = sequence.ReadInteger();
            if (reader.HasData || sequence.HasData || modulus.Sign <= 0 || exponent.Sign <= 0)
            {
                return false;
            }

            bits = (int)modulus.GetBitLength();
            return true;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
