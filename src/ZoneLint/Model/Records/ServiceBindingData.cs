using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The RDATA layout SVCB and HTTPS share (RFC 9460 §2.2): 16-bit SvcPriority (0 = AliasMode), TargetName
/// (uncompressed), then SvcParams, each a 16-bit key, a 16-bit length and the value, keys in strictly increasing order.
/// In text (RFC 9460 §2.1) the SvcParams are <c>key=value</c> or <c>key</c>, in any order.
/// </summary>
/// <remarks>
/// Immutable. The parameters are sorted by key, distinct, each valid for its key, and every key listed in
/// <c>mandatory</c> is present (RFC 9460 §8). What RFC 9460 leaves to zone-file "self-consistency" checks
/// (AliasMode with parameters, <c>no-default-alpn</c> without <c>alpn</c>, automatically mandatory keys listed in
/// <c>mandatory</c>) is left to rules.
/// </remarks>
public abstract class ServiceBindingData : RecordData
{
    private protected ServiceBindingData(ushort priority, DomainName target, IEnumerable<SvcParam> parameters)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(parameters);
        var sorted = parameters.OrderBy(p => p.Key.Value).ToImmutableArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Key == sorted[i - 1].Key)
            {
                throw new ArgumentException($"The key {sorted[i].Key} appears twice.", nameof(parameters));
            }
        }

        if (SvcParamCodec.ValidateSet(sorted.AsSpan()) is { } error)
        {
            throw new ArgumentException(error, nameof(parameters));
        }

        Priority = priority;
        Target = target;
        Parameters = sorted;
    }

    /// <summary>SvcPriority: 0 for AliasMode, otherwise the ServiceMode preference (lower is preferred).</summary>
    public ushort Priority { get; }

    /// <summary>TargetName: the alias (AliasMode) or the service host; <c>.</c> means the owner (ServiceMode) or "no service" (AliasMode).</summary>
    public DomainName Target { get; }

    /// <summary>The SvcParams, sorted by key.</summary>
    public ImmutableArray<SvcParam> Parameters { get; }

    /// <summary>Whether this is an AliasMode record (SvcPriority 0, RFC 9460 §2.4.2).</summary>
    public bool IsAliasMode => Priority == 0;

    /// <summary>The keys listed in <c>mandatory</c>, sorted; empty when there is none.</summary>
    public ImmutableArray<SvcParamKey> MandatoryKeys
    {
        get
        {
            var value = Find(SvcParamKey.Mandatory)?.Value ?? [];
            var builder = ImmutableArray.CreateBuilder<SvcParamKey>(value.Length / 2);
            for (int i = 0; i + 1 < value.Length; i += 2)
            {
                builder.Add(new SvcParamKey(BinaryPrimitives.ReadUInt16BigEndian(value.AsSpan()[i..])));
            }

            return builder.MoveToImmutable();
        }
    }

    /// <summary>The <c>alpn</c> protocol ids, decoded as UTF-8; empty when there is no <c>alpn</c>.</summary>
    public ImmutableArray<string> AlpnIds
    {
        get
        {
            var value = Find(SvcParamKey.Alpn)?.Value ?? [];
            var builder = ImmutableArray.CreateBuilder<string>();
            for (int i = 0; i < value.Length; i += value[i] + 1)
            {
                builder.Add(Encoding.UTF8.GetString(value.AsSpan(i + 1, value[i])));
            }

            return builder.ToImmutable();
        }
    }

    /// <summary>Whether <c>no-default-alpn</c> is present.</summary>
    public bool NoDefaultAlpn => Has(SvcParamKey.NoDefaultAlpn);

    /// <summary>The <c>port</c>, or <see langword="null"/>.</summary>
    public ushort? Port => Find(SvcParamKey.Port) is { } p ? BinaryPrimitives.ReadUInt16BigEndian(p.Value.AsSpan()) : null;

    /// <summary>The <c>ipv4hint</c> addresses; empty when absent.</summary>
    public ImmutableArray<IPAddress> Ipv4Hints => Addresses(SvcParamKey.Ipv4Hint, 4);

    /// <summary>The <c>ipv6hint</c> addresses; empty when absent.</summary>
    public ImmutableArray<IPAddress> Ipv6Hints => Addresses(SvcParamKey.Ipv6Hint, 16);

    /// <summary>The <c>ech</c> ECHConfigList, or <see langword="null"/> when absent.</summary>
    public ImmutableArray<byte>? EchConfigList => Find(SvcParamKey.Ech)?.Value;

    /// <summary>The <c>dohpath</c> URI template (RFC 9461 §5), or <see langword="null"/>.</summary>
    public string? DohPath => Find(SvcParamKey.DohPath) is { } p ? Encoding.UTF8.GetString(p.Value.AsSpan()) : null;

    /// <summary>Whether <c>ohttp</c> is present (RFC 9540 §4).</summary>
    public bool Ohttp => Has(SvcParamKey.Ohttp);

    /// <summary>The <c>tls-supported-groups</c> in the order given; empty when absent.</summary>
    public ImmutableArray<ushort> TlsSupportedGroups
    {
        get
        {
            var value = Find(SvcParamKey.TlsSupportedGroups)?.Value ?? [];
            var builder = ImmutableArray.CreateBuilder<ushort>(value.Length / 2);
            for (int i = 0; i + 1 < value.Length; i += 2)
            {
                builder.Add(BinaryPrimitives.ReadUInt16BigEndian(value.AsSpan()[i..]));
            }

            return builder.MoveToImmutable();
        }
    }

    /// <summary>The parameter with <paramref name="key"/>, or <see langword="null"/>.</summary>
    public SvcParam? Find(SvcParamKey key)
    {
        int index = SvcParamCodec.IndexOf(Parameters.AsSpan(), key.Value);
        return index < 0 ? null : Parameters[index];
    }

    /// <summary>Whether a parameter with <paramref name="key"/> is present.</summary>
    public bool Has(SvcParamKey key) => Find(key) is not null;

    private ImmutableArray<IPAddress> Addresses(SvcParamKey key, int size)
    {
        var value = Find(key)?.Value ?? [];
        var builder = ImmutableArray.CreateBuilder<IPAddress>(value.Length / size);
        for (int i = 0; i + size <= value.Length; i += size)
        {
            builder.Add(new IPAddress(value.AsSpan(i, size)));
        }

        return builder.MoveToImmutable();
    }

    private protected static bool ParseFields(RdataReader r, out ushort priority, out DomainName target, out ImmutableArray<SvcParam> parameters)
    {
        target = DomainName.Root;
        parameters = [];
        if (!r.ReadUInt16("SvcPriority", out priority) || !r.ReadName("target name", out target))
        {
            return false;
        }

        var list = new List<(SvcParam Param, int Token)>();
        var keys = new HashSet<ushort>(); // SECURITY: a record may hold some 16,000 parameters; a scan per key was quadratic.
        int total = 2 + target.WireLength;
        while (r.TryNext(out var token))
        {
            int at = r.Index - 1;
            if (token.IsQuoted)
            {
                return r.Fail($"quoted text \"{r.TextOf(token)}\" is not a SvcParam: write key=\"value\", with no blank around '='");
            }

            var text = r.Text(token);
            int eq = text.IndexOf((byte)'=');
            var keyText = eq < 0 ? text : text[..eq];
            if (!SvcParamKey.TryParse(keyText, out var key))
            {
                var shown = Encoding.UTF8.GetString(keyText);
                return r.Fail($"'{shown}' is not a SvcParamKey: a registered name such as alpn, port or ipv6hint, or keyNNNNN (RFC 9460 §2.1)");
            }

            byte[] value = [];
            if (eq >= 0)
            {
                var raw = text[(eq + 1)..];
                bool escaped = token.IsEscaped;
                if (raw.IsEmpty && !r.AtEnd && r.Peek().IsQuoted && r.Peek().Start == token.Start + token.Length + 1)
                {
                    r.TryNext(out var quoted);
                    raw = r.Source.Slice(quoted.Start, quoted.Length);
                    escaped = quoted.IsEscaped;
                }

                if (!Unescape(raw, escaped, out value))
                {
                    return r.Fail(at, $"the value of {key} has a bad escape: '\\' must be followed by a character or three digits 000-255", ParserDiagnostics.InvalidRdata);
                }
            }

            if (!SvcParamCodec.TryParseValue(key.Value, IsGenericForm(keyText), value, out var wire, out var error))
            {
                return r.Fail(at, error!, ParserDiagnostics.InvalidRdata);
            }

            if (!keys.Add(key.Value))
            {
                return r.Fail(at, $"{key} appears more than once: each SvcParamKey may appear only once (RFC 9460 §2.2)", ParserDiagnostics.InvalidRdata);
            }

            total += 4 + wire.Length;
            if (total > ushort.MaxValue)
            {
                return r.Fail(at, "the SvcParams make the RDATA longer than 65535 octets", ParserDiagnostics.InvalidRdata);
            }

            // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
            list.Add((new SvcParam(key, ImmutableCollectionsMarshal.AsImmutableArray(wire)), at));
        }

        list.Sort((a, b) => a.Param.Key.Value.CompareTo(b.Param.Key.Value));
        parameters = [.. list.Select(p => p.Param)];
        if (SvcParamCodec.ValidateSet(parameters.AsSpan()) is { } setError)
        {
            return r.Fail(list[0].Token, setError, ParserDiagnostics.InvalidRdata);
        }

        return true;
    }

    private static bool IsGenericForm(ReadOnlySpan<byte> keyText) =>
        keyText.Length > 3 && Ascii.EqualsIgnoreCase(keyText[..3], "key") && !keyText[3..].ContainsAnyExceptInRange((byte)'0', (byte)'9');

    private static bool Unescape(ReadOnlySpan<byte> raw, bool escaped, out byte[] value)
    {
        if (!escaped)
        {
            value = raw.ToArray();
            return true;
        }

        var buffer = new byte[raw.Length];
        if (!BinaryText.TryUnescape(raw, buffer, out int written))
        {
            value = [];
            return false;
        }

        value = buffer.AsSpan(0, written).ToArray();
        return true;
    }

    private protected static bool ReadFields(ref WireReader r, out ushort priority, out DomainName target, out ImmutableArray<SvcParam> parameters)
    {
        parameters = [];
        priority = r.ReadUInt16();
        target = r.ReadName();
        if (r.Failed)
        {
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<SvcParam>();
        int last = -1;
        while (!r.AtEnd)
        {
            if (r.Remaining < 4)
            {
                return r.Fail("a SvcParam runs past the end of the RDATA: its key and length need 4 octets");
            }

            ushort key = r.ReadUInt16();
            ushort length = r.ReadUInt16();
            if (length > r.Remaining)
            {
                return r.Fail(string.Create(CultureInfo.InvariantCulture, $"SvcParam {new SvcParamKey(key)} runs past the end of the RDATA: its value is {length} octets but {r.Remaining} remain"));
            }

            var value = r.ReadBytes(length);

            if (key <= last)
            {
                return r.Fail(string.Create(CultureInfo.InvariantCulture, $"SvcParamKey {key} follows {last}: keys must be in strictly increasing order (RFC 9460 §2.2)"));
            }

            if (SvcParamCodec.ValidateValue(key, value) is { } error)
            {
                return r.Fail(error);
            }

            builder.Add(new SvcParam(new SvcParamKey(key), ImmutableCollectionsMarshal.AsImmutableArray(value)));
            last = key;
        }

        parameters = builder.ToImmutable();
        return SvcParamCodec.ValidateSet(parameters.AsSpan()) is not { } setError || r.Fail(setError);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Priority);
        writer.WriteName(Target, form, canonicalListed: false);
        foreach (var p in Parameters)
        {
            writer.WriteUInt16(p.Key.Value);
            writer.WriteUInt16((ushort)p.Value.Length);
            writer.WriteBytes(p.Value.AsSpan());
        }
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Priority).Append(' ').Append(Target);
        foreach (var p in Parameters)
        {
            builder.Append(' ');
            SvcParamCodec.AppendParam(builder, p);
        }
    }
}
