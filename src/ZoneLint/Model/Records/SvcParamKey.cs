using System.Globalization;
using System.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// A SvcParamKey of SVCB and HTTPS records (RFC 9460 §14.3, IANA "Service Parameter Keys (SvcParamKeys)"):
/// a 16-bit number, written as its registered name or as <c>keyNNNNN</c> (RFC 9460 §2.1).
/// </summary>
public readonly struct SvcParamKey : IEquatable<SvcParamKey>, IComparable<SvcParamKey>
{
    private static readonly (ushort Value, string Name)[] Registry =
    [
        (0, "mandatory"), (1, "alpn"), (2, "no-default-alpn"), (3, "port"), (4, "ipv4hint"), (5, "ech"), (6, "ipv6hint"),
        (7, "dohpath"), (8, "ohttp"), (9, "tls-supported-groups"), (10, "docpath"), (11, "pvd"), (12, "oots"),
    ];

    /// <summary>Creates a key from its number.</summary>
    public SvcParamKey(ushort value) => Value = value;

    /// <summary>The key number.</summary>
    public ushort Value { get; }

    /// <summary>Keys that must be understood for the record to be used (RFC 9460 §8).</summary>
    public static SvcParamKey Mandatory => new(0);

    /// <summary>Application-Layer Protocol Negotiation ids (RFC 9460 §7.1).</summary>
    public static SvcParamKey Alpn => new(1);

    /// <summary>The default ALPN set is not supported (RFC 9460 §7.1).</summary>
    public static SvcParamKey NoDefaultAlpn => new(2);

    /// <summary>The TCP or UDP port (RFC 9460 §7.2).</summary>
    public static SvcParamKey Port => new(3);

    /// <summary>IPv4 address hints (RFC 9460 §7.3).</summary>
    public static SvcParamKey Ipv4Hint => new(4);

    /// <summary>An ECHConfigList for TLS Encrypted Client Hello (RFC 9460 §14.3.2, draft-ietf-tls-svcb-ech).</summary>
    public static SvcParamKey Ech => new(5);

    /// <summary>IPv6 address hints (RFC 9460 §7.3).</summary>
    public static SvcParamKey Ipv6Hint => new(6);

    /// <summary>The URI template of a DNS-over-HTTPS endpoint (RFC 9461 §5).</summary>
    public static SvcParamKey DohPath => new(7);

    /// <summary>The service is an Oblivious HTTP target (RFC 9540 §4).</summary>
    public static SvcParamKey Ohttp => new(8);

    /// <summary>TLS named groups the server supports (draft-ietf-tls-key-share-prediction).</summary>
    public static SvcParamKey TlsSupportedGroups => new(9);

    /// <summary>The path of a DNS-over-CoAP resource (RFC 9953).</summary>
    public static SvcParamKey DocPath => new(10);

    /// <summary>The key 65535, reserved as invalid (RFC 9460 §14.3.2).</summary>
    public static SvcParamKey Invalid => new(65535);

    /// <summary>Whether the key has a registered name here.</summary>
    public bool HasName => NameOf(Value) is not null;

    internal static string? NameOf(ushort value)
    {
        foreach (var (v, name) in Registry)
        {
            if (v == value)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Parses a key name (any case), <c>keyNNNNN</c>, or the legacy alias <c>echconfig</c> for <c>ech</c>.</summary>
    public static bool TryParse(string text, out SvcParamKey key)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(Encoding.UTF8.GetBytes(text), out key);
    }

    internal static bool TryParse(ReadOnlySpan<byte> text, out SvcParamKey key)
    {
        key = default;
        foreach (var (v, name) in Registry)
        {
            if (Ascii.EqualsIgnoreCase(text, name))
            {
                key = new SvcParamKey(v);
                return true;
            }
        }

        // The name of early ECH drafts, which NSD still reads (its svcb.success-cases zone).
        if (Ascii.EqualsIgnoreCase(text, "echconfig"))
        {
            key = Ech;
            return true;
        }

        if (text.Length is > 3 and <= 8 && Ascii.EqualsIgnoreCase(text[..3], "key"))
        {
            uint n = 0;
            foreach (byte b in text[3..])
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }

                n = (n * 10) + (uint)(b - '0');
            }

            if (n <= ushort.MaxValue)
            {
                key = new SvcParamKey((ushort)n);
                return true;
            }
        }

        return false;
    }

    /// <summary>The registered name, or <c>keyNNNNN</c>.</summary>
    public override string ToString() => NameOf(Value) ?? "key" + Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(SvcParamKey other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SvcParamKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value;

    /// <inheritdoc/>
    public int CompareTo(SvcParamKey other) => Value.CompareTo(other.Value);

#pragma warning disable CS1591
    public static bool operator ==(SvcParamKey left, SvcParamKey right) => left.Value == right.Value;
    public static bool operator !=(SvcParamKey left, SvcParamKey right) => left.Value != right.Value;
    public static bool operator <(SvcParamKey left, SvcParamKey right) => left.Value < right.Value;
    public static bool operator >(SvcParamKey left, SvcParamKey right) => left.Value > right.Value;
    public static bool operator <=(SvcParamKey left, SvcParamKey right) => left.Value <= right.Value;
    public static bool operator >=(SvcParamKey left, SvcParamKey right) => left.Value >= right.Value;
#pragma warning restore CS1591
}
