using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneLint.Dnssec;
using ZoneLint.Rules;

namespace ZoneLint.Engine;

/// <summary>
/// Assembles a <see cref="ZoneLinter"/>: which rules, a resolver for names outside the zone, a logger, suppressions
/// declared in an assembly. Mutable until <see cref="Build"/>, which returns a frozen, reusable, thread-safe linter.
/// </summary>
public sealed class ZoneLinterBuilder
{
    private readonly List<ZoneRule> rules = [];
    private readonly List<SuppressZoneRuleAttribute> suppressions = [];
    private IExternalResolver? resolver;
    private ILogger logger = NullLogger.Instance;
    private DnssecAlgorithms dnssecAlgorithms = DnssecAlgorithms.BuiltIn;

    /// <summary>Adds every built-in rule.</summary>
    public ZoneLinterBuilder UseBuiltInRules()
    {
        rules.AddRange(BuiltInRules.Create());
        return this;
    }

    /// <summary>Adds a rule by type.</summary>
    /// <exception cref="InvalidOperationException">The rule class has no <see cref="ZoneRuleAttribute"/>.</exception>
    public ZoneLinterBuilder Use<TRule>()
        where TRule : ZoneRule, new()
    {
        try
        {
            rules.Add(new TRule());
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            // new() on a type parameter goes through reflection; the rule's own exception is the useful one.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }

        return this;
    }

    /// <summary>Adds a rule instance (it must keep no per-lint state).</summary>
    public ZoneLinterBuilder Use(ZoneRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rules.Add(rule);
        return this;
    }

    /// <summary>Lets rules ask about names outside the zone. Without one, they stay silent about such names.</summary>
    public ZoneLinterBuilder UseResolver(IExternalResolver externalResolver)
    {
        resolver = externalResolver ?? throw new ArgumentNullException(nameof(externalResolver));
        return this;
    }

    /// <summary>Logs what the linter does (rule timings at Debug). Silent by default.</summary>
    public ZoneLinterBuilder UseLogger(ILogger linterLogger)
    {
        logger = linterLogger ?? throw new ArgumentNullException(nameof(linterLogger));
        return this;
    }

    /// <summary>
    /// Lets the DNSSEC rules verify signatures of another algorithm (Ed25519 or Ed448 from <c>ZoneLint.Dnssec.BouncyCastle</c>,
    /// say), or replaces a built-in one of the same number. Without a verifier, such signatures are reported as not checked.
    /// </summary>
    public ZoneLinterBuilder UseDnssecAlgorithm(IDnssecAlgorithm algorithm)
    {
        dnssecAlgorithms = dnssecAlgorithms.With(algorithm);
        return this;
    }

    /// <summary>Reads <see cref="SuppressZoneRuleAttribute"/>s from an assembly (the GlobalSuppressions.cs pattern).</summary>
    /// <remarks>Every type of the assembly is searched, which a trimmed program (native AOT) may have removed.</remarks>
    [RequiresUnreferencedCode("Searches every type of the assembly for SuppressZoneRule attributes; a trimmed program may have removed them.")]
    public ZoneLinterBuilder UseSuppressionsFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        suppressions.AddRange(assembly.GetCustomAttributes<SuppressZoneRuleAttribute>());
        foreach (var type in assembly.GetTypes())
        {
            suppressions.AddRange(type.GetCustomAttributes<SuppressZoneRuleAttribute>(inherit: false));
        }

        return this;
    }

    /// <summary>Freezes the configuration.</summary>
    /// <exception cref="InvalidOperationException">Two rules share an ID.</exception>
    public ZoneLinter Build()
    {
        var duplicate = rules.GroupBy(r => r.Descriptor.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two rules declare the ID {duplicate.Key}: {string.Join(", ", duplicate.Select(r => r.GetType().FullName))}.");
        }

        return new ZoneLinter([.. rules], [.. suppressions], resolver, logger, dnssecAlgorithms);
    }
}
