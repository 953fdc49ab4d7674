using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ZoneReport.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes everything a template writes with <c>{{ }}</c>, unless the value
/// is an <see cref="HtmlString"/>. Scriban does not escape on its own; doing it here makes escaping
/// the default instead of a filter that a template author must remember.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(TemplateSet templates, Model.InputLimits limits)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        RenderLimits.Apply(this, limits);
        NewLine = "\n";
        TemplateLoader = templates;
        foreach (var (path, template) in templates.Parsed)
        {
            CachedTemplates[path] = template;
        }

        // include returns the partial's output as a string; that output is already escaped, so it is trusted.
        var include = (IScriptCustomFunction)BuiltinObject["include"]!;
        BuiltinObject.SetValue("include", new TrustedResult(include), true);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html)
        {
            Write(html.Html);
            return this;
        }

        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text)) Write(WebUtility.HtmlEncode(text));
        return this;
    }

    private sealed class TrustedResult(IScriptCustomFunction inner) : IScriptCustomFunction
    {
        public int RequiredParameterCount => inner.RequiredParameterCount;
        public int ParameterCount => inner.ParameterCount;
        public ScriptVarParamKind VarParamKind => inner.VarParamKind;
        public Type ReturnType => typeof(HtmlString);
        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new HtmlString(inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new HtmlString((await inner.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
    }
}
