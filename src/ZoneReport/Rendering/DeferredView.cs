using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ZoneReport.Rendering;

/// <summary>
/// A template model whose costly members (figures, photos, notes...) are made only when a template
/// first reads one of them, and may be dropped again by the garbage collector once no page being
/// rendered holds them (<see cref="Hold"/>): made again, they are equal, so pages do not change.
/// The cheap members (title, path) are plain members, so lists of every edition on the home, zone
/// and year pages cost little. The costly members' names are in the object from the start, in their
/// place, so a template sees the same members in the same order as if everything were made at once.
/// Safe to read from many threads: nothing is written after the constructor but the made members.
/// </summary>
public sealed class DeferredView : ScriptObject
{
    private readonly Func<ScriptObject> _make;
    private readonly object _gate = new();
    private WeakReference<ScriptObject>? _made;

    /// <param name="members">Every member in order: the cheap ones with their value, the costly ones as <see cref="Later"/>.</param>
    /// <param name="make">Makes the costly members (a ScriptObject holding them by name).</param>
    public DeferredView(IEnumerable<KeyValuePair<string, object?>> members, Func<ScriptObject> make)
        : base(members.TryGetNonEnumeratedCount(out var count) ? count : 8, autoImportStaticsFromThisType: false)
    {
        _make = make;
        foreach (var (name, value) in members) base[name] = value;
    }

    /// <summary>Stands for a costly member in the list given to the constructor.</summary>
    public static readonly object Later = new Deferred();

    /// <summary>The costly members, made now if they are not held: keep the result alive while a page renders.</summary>
    public ScriptObject Hold()
    {
        lock (_gate)
        {
            if (_made is not null && _made.TryGetTarget(out var kept)) return kept;
            var made = _make();
            _made = new WeakReference<ScriptObject>(made);
            return made;
        }
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value)) return false;
        if (value is Deferred) value = Hold()[member];
        return true;
    }

    public override object? this[string key]
    {
        get => base[key] is Deferred ? Hold()[key] : base[key];
        set => base[key] = value;
    }

    private sealed class Deferred
    {
        public override string ToString() => "";
    }
}
