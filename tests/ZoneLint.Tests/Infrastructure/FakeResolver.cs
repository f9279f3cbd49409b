using System.Collections.Concurrent;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Infrastructure;

/// <summary>
/// An <see cref="IExternalResolver"/> over a fixed table, for rules that look outside the zone. Names it has records for
/// answer NODATA for other types; names marked missing answer NXDOMAIN; anything else is unknown. Records every query.
/// </summary>
internal sealed class FakeResolver : IExternalResolver
{
    private readonly Dictionary<DomainName, Dictionary<RRType, List<RecordData>>> data = new();
    private readonly HashSet<DomainName> missing = new();

    public ConcurrentQueue<(string Name, RRType Type)> Queries { get; } = new();

    /// <summary>Adds TXT records, one per text, each split into 255-octet strings.</summary>
    public FakeResolver Txt(string name, params string[] texts)
    {
        foreach (var text in texts)
        {
            var strings = Enumerable.Range(0, (text.Length + 254) / 255).Select(i => text.Substring(i * 255, Math.Min(255, text.Length - (i * 255)))).ToArray();
            Add(name, new TxtData(strings.Length == 0 ? [string.Empty] : strings));
        }

        return this;
    }

    public FakeResolver Add(string name, params RecordData[] records)
    {
        var key = DomainName.Parse(name);
        if (!data.TryGetValue(key, out var types))
        {
            data[key] = types = new Dictionary<RRType, List<RecordData>>();
        }

        foreach (var record in records)
        {
            if (!types.TryGetValue(record.Type, out var list))
            {
                types[record.Type] = list = [];
            }

            list.Add(record);
        }

        return this;
    }

    public FakeResolver Missing(string name)
    {
        missing.Add(DomainName.Parse(name));
        return this;
    }

    public ExternalAnswer Resolve(DomainName name, RRType type, CancellationToken cancellationToken)
    {
        Queries.Enqueue((name.ToString(), type));
        if (missing.Contains(name))
        {
            return new ExternalAnswer(ExternalAnswerStatus.NameDoesNotExist, []);
        }

        if (!data.TryGetValue(name, out var types))
        {
            return ExternalAnswer.Unknown;
        }

        if (types.TryGetValue(RRType.CNAME, out var alias) && type != RRType.CNAME)
        {
            return new ExternalAnswer(ExternalAnswerStatus.Answered, alias);
        }

        return new ExternalAnswer(ExternalAnswerStatus.Answered, types.TryGetValue(type, out var list) ? list : []);
    }

    /// <summary>A linter with every built-in rule and this resolver.</summary>
    public ZoneLinter Linter() => ZoneLinter.CreateBuilder().UseBuiltInRules().UseResolver(this).Build();
}
