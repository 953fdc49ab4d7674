using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ZoneReport.Rendering;

/// <summary>
/// A function callable from templates, written as a plain delegate. Implementing the interface
/// directly (rather than importing a method) keeps reflection out of page rendering.
/// </summary>
public sealed class TemplateFunction(string name, int parameterCount, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body)
    : IScriptCustomFunction
{
    public string Name => name;

    public int RequiredParameterCount => parameterCount;

    public int ParameterCount => parameterCount;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameterCount)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"{name} takes {parameterCount} argument(s) but was given {arguments.Count}");
        }

        return body(context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
