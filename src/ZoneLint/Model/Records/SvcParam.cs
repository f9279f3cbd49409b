using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// One SvcParam of an SVCB or HTTPS record (RFC 9460 §2.2): a <see cref="SvcParamKey"/> and its value in wire form.
/// </summary>
/// <remarks>Immutable. The value always satisfies the rules of its key (RFC 9460 §7 and the documents that define later keys).</remarks>
public sealed class SvcParam : IEquatable<SvcParam>
{
    /// <summary>Creates a parameter from its wire-form value.</summary>
    /// <exception cref="ArgumentException">The value is not valid for the key.</exception>
    public SvcParam(SvcParamKey key, ImmutableArray<byte> value)
    {
        value = value.IsDefault ? [] : value;
        if (SvcParamCodec.ValidateValue(key.Value, value.AsSpan()) is { } error)
        {
            throw new ArgumentException(error, nameof(value));
        }

        Key = key;
        Value = value;
    }

    /// <summary>The key.</summary>
    public SvcParamKey Key { get; }

    /// <summary>The value in wire form.</summary>
    public ImmutableArray<byte> Value { get; }

    /// <summary><c>mandatory</c>: keys a client must understand to use the record (RFC 9460 §8).</summary>
    public static SvcParam Mandatory(params SvcParamKey[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var sorted = keys.Select(k => k.Value).Order().ToArray();
        var value = new byte[sorted.Length * 2];
        for (int i = 0; i < sorted.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(value.AsSpan(i * 2), sorted[i]);
        }

        return new SvcParam(SvcParamKey.Mandatory, ImmutableArray.Create(value));
    }

    /// <summary><c>alpn</c>: protocol ids such as <c>h2</c> and <c>h3</c> (RFC 9460 §7.1).</summary>
    public static SvcParam Alpn(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var value = new List<byte>();
        foreach (var id in ids)
        {
            var bytes = Encoding.UTF8.GetBytes(id);
            value.Add((byte)Math.Min(bytes.Length, 255));
            value.AddRange(bytes);
        }

        return new SvcParam(SvcParamKey.Alpn, [.. value]);
    }

    /// <summary><c>no-default-alpn</c> (RFC 9460 §7.1).</summary>
    public static SvcParam NoDefaultAlpn() => new(SvcParamKey.NoDefaultAlpn, []);

    /// <summary><c>port</c> (RFC 9460 §7.2).</summary>
    public static SvcParam Port(ushort port)
    {
        var value = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(value, port);
        return new SvcParam(SvcParamKey.Port, ImmutableArray.Create(value));
    }

    /// <summary><c>ipv4hint</c> or <c>ipv6hint</c>, by the family of the addresses (RFC 9460 §7.3).</summary>
    /// <exception cref="ArgumentException">The addresses are of mixed families or none is given.</exception>
    public static SvcParam AddressHints(params IPAddress[] addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Length == 0 || addresses.Any(a => a.AddressFamily != addresses[0].AddressFamily))
        {
            throw new ArgumentException("Give one or more addresses of the same family.", nameof(addresses));
        }

        bool v4 = addresses[0].AddressFamily == AddressFamily.InterNetwork;
        return new SvcParam(v4 ? SvcParamKey.Ipv4Hint : SvcParamKey.Ipv6Hint, [.. addresses.SelectMany(a => a.GetAddressBytes())]);
    }

    /// <summary><c>ech</c>: an ECHConfigList.</summary>
    public static SvcParam Ech(ImmutableArray<byte> echConfigList) => new(SvcParamKey.Ech, echConfigList);

    /// <summary><c>dohpath</c>: a URI template such as <c>/dns-query{?dns}</c> (RFC 9461 §5).</summary>
    public static SvcParam DohPath(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new SvcParam(SvcParamKey.DohPath, ImmutableArray.Create(Encoding.UTF8.GetBytes(template)));
    }

    /// <summary><c>ohttp</c> (RFC 9540 §4).</summary>
    public static SvcParam Ohttp() => new(SvcParamKey.Ohttp, []);

    /// <summary>The parameter in presentation form: <c>key</c> or <c>key=value</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        SvcParamCodec.AppendParam(sb, this);
        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(SvcParam? other) => other is not null && Key == other.Key && Value.AsSpan().SequenceEqual(other.Value.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SvcParam);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Key.Value);
        hash.AddBytes(Value.AsSpan());
        return hash.ToHashCode();
    }
}
