using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Infrastructure;

/// <summary>
/// A resolver that answers from a script: names that do not exist, names that exist with no data, aliases, and
/// addresses; everything else is <see cref="ExternalAnswerStatus.Unknown"/>. Records the questions asked.
/// </summary>
internal sealed class ScriptedResolver : IExternalResolver
{
    private readonly HashSet<DomainName> missing = [];
    private readonly HashSet<DomainName> empty = [];
    private readonly Dictionary<DomainName, DomainName> aliases = [];
    private readonly Dictionary<DomainName, RecordData> addresses = [];

    public List<(DomainName Name, RRType Type)> Questions { get; } = [];

    public ScriptedResolver Missing(string name)
    {
        missing.Add(DomainName.Parse(name));
        return this;
    }

    public ScriptedResolver NoData(string name)
    {
        empty.Add(DomainName.Parse(name));
        return this;
    }

    public ScriptedResolver Alias(string name, string target)
    {
        aliases[DomainName.Parse(name)] = DomainName.Parse(target);
        return this;
    }

    public ScriptedResolver Address(string name, string address)
    {
        addresses[DomainName.Parse(name)] = new AData(System.Net.IPAddress.Parse(address));
        return this;
    }

    public ZoneLinter Linter() => ZoneLinter.CreateBuilder().UseBuiltInRules().UseResolver(this).Build();

    public ExternalAnswer Resolve(DomainName name, RRType type, CancellationToken cancellationToken)
    {
        lock (Questions)
        {
            Questions.Add((name, type));
        }

        if (missing.Contains(name))
        {
            return new ExternalAnswer(ExternalAnswerStatus.NameDoesNotExist, []);
        }

        if (aliases.TryGetValue(name, out var target))
        {
            return new ExternalAnswer(ExternalAnswerStatus.Answered, [new CNameData(target)]);
        }

        if (addresses.TryGetValue(name, out var address))
        {
            return new ExternalAnswer(ExternalAnswerStatus.Answered, type == RRType.A ? [address] : []);
        }

        return empty.Contains(name) ? new ExternalAnswer(ExternalAnswerStatus.Answered, []) : ExternalAnswer.Unknown;
    }
}
